/**
 * Quality accreditation of training centres (resolution IV.7e): each decision the department records, kept as a
 * history ({@code Accreditations}: record, read a centre's standing and history), and the notice to the department 90
 * days before an accreditation lapses, told as {@code AccreditationLapsing}. Knows centres by id only, so that the
 * centre's page, the public verification page and the outcomes ranking can all show the standing.
 */
@ApplicationModule(displayName = "accreditation", allowedDependencies = {"accounts", "system"})
package vn.tuyenquang.workforce.accreditation;

import org.springframework.modulith.ApplicationModule;
