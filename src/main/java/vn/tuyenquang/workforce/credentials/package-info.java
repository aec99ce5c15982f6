/**
 * Certificates as credentials anyone can verify: the department's signing keys ({@code DepartmentKeys}, published as a
 * JWKS and a did:web document), a compact signed token for each certificate's QR code that a browser verifies offline,
 * the W3C Bitstring Status List of revocations, and the Open Badges 3.0 credential a learner keeps in a wallet. Which
 * facade for what: {@code Credentials} to read or make a certificate's credential and to check a token;
 * {@code DepartmentKeys} for the published keys and to rotate them.
 */
@ApplicationModule(displayName = "credentials", allowedDependencies = {"accounts", "accreditation", "system", "training", "reference"})
package vn.tuyenquang.workforce.credentials;

import org.springframework.modulith.ApplicationModule;
