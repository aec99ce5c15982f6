/**
 * The programmes that pay for training (resolution IV.7b): the department's list ({@code FundingProgrammes}) and which
 * programme funded an enrolment ({@code Fundings}: the training module records it with the enrolment, the reports read
 * it). The list is the department's, never seeded: programme names and codes change with each period.
 */
@ApplicationModule(displayName = "programmes", allowedDependencies = {"accounts", "system"})
package vn.tuyenquang.workforce.programmes;

import org.springframework.modulith.ApplicationModule;
