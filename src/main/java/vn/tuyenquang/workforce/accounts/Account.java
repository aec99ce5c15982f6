package vn.tuyenquang.workforce.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's account. Behaviour that changes it lives here; the repository only stores it.
 *
 * @param communeCode   the commune a commune officer is limited to; null for other roles
 * @param centreId      the training centre a centre's staff member is limited to; null for other roles
 * @param employerId    the employer an employer's account acts for; null for other roles
 */
record Account(UUID id, String username, String displayName, String passwordHash, Role role, String communeCode,
               UUID centreId, UUID employerId, boolean enabled, boolean mustChangePassword, Instant createdAt)
        implements java.io.Serializable {

    Account {
        if (role.isCommuneScoped() != (communeCode != null)) {
            throw new IllegalArgumentException("a commune officer, and only a commune officer, has a commune");
        }
        if (role.isCentreScoped() != (centreId != null)) {
            throw new IllegalArgumentException("centre staff, and only centre staff, have a centre");
        }
        if (role.isEmployerScoped() != (employerId != null)) {
            throw new IllegalArgumentException("an employer's account, and only one, has an employer");
        }
    }

    /** The same account without its password hash: what a signed-in session keeps (in the database). */
    Account withoutPassword() {
        return new Account(id, username, displayName, null, role, communeCode, centreId, employerId, enabled,
                mustChangePassword, createdAt);
    }

    static Account create(String username, String displayName, String passwordHash, Role role, String communeCode,
                          UUID centreId, UUID employerId, boolean mustChangePassword, Instant now) {
        return new Account(UUID.randomUUID(), username, displayName, passwordHash, role,
                role.isCommuneScoped() ? communeCode : null, role.isCentreScoped() ? centreId : null,
                role.isEmployerScoped() ? employerId : null, true, mustChangePassword, now);
    }



    Account withPassword(String newHash, boolean mustChange) {
        return new Account(id, username, displayName, newHash, role, communeCode, centreId, employerId, enabled, mustChange,
                createdAt);
    }

    Account withEnabled(boolean newEnabled) {
        return new Account(id, username, displayName, passwordHash, role, communeCode, centreId, employerId, newEnabled,
                mustChangePassword, createdAt);
    }


    /** What the audit trail keeps of an account: never the password hash. */
    AuditView auditView() {
        return new AuditView(username, displayName, role, communeCode, centreId, employerId, enabled);
    }

    record AuditView(String username, String displayName, Role role, String communeCode, UUID centreId,
                     UUID employerId, boolean enabled) {
    }
}
