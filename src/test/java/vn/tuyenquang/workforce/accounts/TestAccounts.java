package vn.tuyenquang.workforce.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts for tests, ready to sign in (no pending password change), each with a unique user name. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;

    TestAccounts(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** A new signed-in-ready account of {@code role}; commune officers get Phường Hà Giang 1 (00694). */
    public CurrentUser create(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = Account.create(username, "Người thử " + role.name(), passwords.encode(PASSWORD), role,
                role.isCommuneScoped() ? "00694" : null, false, Instant.now());
        accounts.insert(account);
        return new CurrentUser(account);
    }
}
