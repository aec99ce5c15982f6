package vn.tuyenquang.workforce.accounts;

import java.time.Instant;
import java.util.UUID;

/** An account as the administrator's list shows it. */
public record AccountView(UUID id, String username, String displayName, Role role, String communeCode,
                          boolean enabled, boolean blocked, boolean mustChangePassword, Instant createdAt) {

    /** {@code blocked}: sign-in to it is held back somewhere (from some address) after wrong passwords. */
    static AccountView of(Account account, boolean blocked) {
        return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
                account.communeCode(), account.enabled(), blocked, account.mustChangePassword(), account.createdAt());
    }
}
