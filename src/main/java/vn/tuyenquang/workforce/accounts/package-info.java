/**
 * Accounts, roles, sign-in, API tokens and the audit trail.
 */
@ApplicationModule(displayName = "accounts", allowedDependencies = {"reference", "system", "text"})
package vn.tuyenquang.workforce.accounts;

import org.springframework.modulith.ApplicationModule;
