package vn.tuyenquang.workforce.accounts;

import java.time.Instant;
import java.util.UUID;

/** An account as the administrator's list shows it. */
public record AccountView(UUID id, String username, String displayName, Role role, String communeCode,
                          boolean enabled, boolean locked, boolean mustChangePassword, Instant createdAt) {

    static AccountView of(Account account, Instant now) {
        return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
                account.communeCode(), account.enabled(), account.isLocked(now), account.mustChangePassword(),
                account.createdAt());
    }
}
