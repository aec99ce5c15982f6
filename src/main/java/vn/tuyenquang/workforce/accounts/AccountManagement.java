package vn.tuyenquang.workforce.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.RandomCodes;

/** Creating and changing accounts, each change written to the audit trail in the same transaction. */
@Service
public class AccountManagement {

    static final String RECORD_TYPE = "account";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ReferenceCatalog reference;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final AccountSessions sessions;
    private final ApiTokens tokens;

    AccountManagement(AccountRepository accounts, PasswordEncoder passwords, AuditTrail audit,
                      ReferenceCatalog reference, Clock clock, LoginThrottle throttle, AccountSessions sessions,
                      ApiTokens tokens) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.tokens = tokens;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.reference = reference;
        this.clock = clock;
    }

    public List<AccountView> accounts() {
        return views(accounts.findAll());
    }

    /** The accounts of one employer. */
    public List<AccountView> accountsOfEmployer(UUID employerId) {
        return views(accounts.findByEmployer(employerId));
    }

    /** The staff accounts of one training centre. */
    public List<AccountView> staffOf(UUID centreId) {
        return views(accounts.findByCentre(centreId));
    }

    private List<AccountView> views(List<Account> list) {
        java.util.Set<String> blocked = new java.util.HashSet<>(throttle.blockedAccounts());
        return list.stream().map(a -> AccountView.of(a, blocked.contains(a.username()))).toList();
    }

    /**
     * The roles the administrator's page creates; a centre's staff and an employer's accounts are created from the
     * centre's or the employer's page, which names them.
     */
    public static final List<Role> CREATED_BY_ADMINISTRATOR = List.of(Role.ADMIN, Role.DEPARTMENT, Role.COMMUNE_OFFICER);

    /** Refuses a role the administrator's page does not create ({@link #CREATED_BY_ADMINISTRATOR}); writes nothing. */
    public void checkCreatedByAdministrator(Role role) {
        if (role != null && !CREATED_BY_ADMINISTRATOR.contains(role)) {
            throw new AccountException("account.role.notYet", "role");
        }
    }

    /** Refuses a new password repeated differently; writes nothing. */
    public void checkRepeated(String newPassword, String repeatPassword) {
        if (newPassword != null && !newPassword.equals(repeatPassword)) {
            throw new AccountException("account.password.mismatch", "repeatPassword");
        }
    }

    /** Creates an account whose initial password is one-time: its holder chooses their own at first sign-in. */
    @Transactional
    public AccountView create(NewAccount form) {
        return create(form, true);
    }

    /**
     * Creates an account; with {@code oneTimePassword} false the initial password stays valid (for the
     * published accounts of the synthetic demo province, never for real people).
     */
    @Transactional
    public AccountView create(NewAccount form, boolean oneTimePassword) {
        if (accounts.existsByUsername(form.username())) {
            throw new AccountException("account.username.taken", "username");
        }
        if (form.role().isCommuneScoped() && (form.communeCode() == null || form.communeCode().isBlank())) {
            throw new AccountException("account.commune.required", "communeCode");
        }
        if (form.role().isCommuneScoped() && reference.commune(form.communeCode()).isEmpty()) {
            throw new AccountException("account.commune.unknown", "communeCode");
        }
        if (form.role().isCentreScoped() && form.centreId() == null) {
            throw new AccountException("account.centre.required", "centreId");
        }
        if (form.role().isEmployerScoped() && form.employerId() == null) {
            throw new AccountException("account.employer.required", "employerId");
        }
        Account account = Account.create(form.username(), form.displayName().strip(),
                passwords.encode(form.initialPassword()), form.role(), form.communeCode(), form.centreId(),
                form.employerId(), oneTimePassword, clock.instant());
        accounts.insert(account);
        audit.created(RECORD_TYPE, account.id(), account.auditView());
        return AccountView.of(account, false);
    }

    @Transactional
    public void setEnabled(UUID id, boolean enabled) {
        Account before = accounts.findById(id).orElseThrow(() -> new AccountException("account.notFound", null));
        Account after = before.withEnabled(enabled);
        accounts.update(after);
        audit.changed(RECORD_TYPE, id, before.auditView(), after.auditView());
    }

    /**
     * The signed-in person chooses a new password, proving they know the current one. Every session of the account
     * ends, this one too (they sign in again with the new password); its API tokens are revoked if they ask.
     */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword, boolean revokeTokens) {
        Account account = accounts.findByUsername(username).orElseThrow();
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new AccountException("account.password.wrong", "currentPassword");
        }
        if (passwords.matches(newPassword, account.passwordHash())) {
            throw new AccountException("account.password.unchanged", "newPassword");
        }
        accounts.update(account.withPassword(passwords.encode(newPassword), false));
        throttle.lift(username);
        int ended = sessions.endAll(username);
        int revoked = revokeTokens ? tokens.revokeAll(account.id()) : 0;
        audit.changed(RECORD_TYPE, account.id(), null,
                java.util.Map.of("passwordChanged", true, "sessionsEnded", ended, "apiTokensRevoked", revoked));
    }

    /**
     * The administrator gives an account a new one-time password (its owner forgot theirs, or it may be known to
     * someone else): every session of the account ends and every API token is revoked. Returns the password, to be
     * handed to the owner once.
     */
    @Transactional
    public PasswordReset resetPassword(UUID id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("account.notFound", null));
        String oneTime = RandomCodes.generate(RandomCodes.MIXED_CASE_AND_DIGITS, 16);
        accounts.update(account.withPassword(passwords.encode(oneTime), true));
        throttle.lift(account.username());
        int ended = sessions.endAll(account.username());
        int revoked = tokens.revokeAll(id);
        audit.changed(RECORD_TYPE, id, null,
                java.util.Map.of("passwordReset", true, "sessionsEnded", ended, "apiTokensRevoked", revoked));
        return new PasswordReset(account.username(), oneTime);
    }

    /** A one-time password given to an account by the administrator. */
    public record PasswordReset(String username, String oneTimePassword) implements java.io.Serializable {
    }


    /**
     * Lifts every block on signing in to the account, from wherever it was held back (the administrator,
     * for an owner who is waiting), audited.
     */
    @Transactional
    public void liftSignInBlocks(UUID id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("account.notFound", null));
        throttle.lift(account.username());
        audit.changed(RECORD_TYPE, id, null, java.util.Map.of("signInBlocksLifted", true));
    }

    /** Creates the first administrator when there is none; returns whether it did. */
    @Transactional
    boolean createAdministratorIfNone(String username, String password, boolean mustChangePassword) {
        if (accounts.existsWithRole(Role.ADMIN)) {
            return false;
        }
        Account admin = Account.create(username, "Quản trị hệ thống", passwords.encode(password), Role.ADMIN, null,
                null, null, mustChangePassword, clock.instant());
        accounts.insert(admin);
        audit.created(RECORD_TYPE, admin.id(), admin.auditView());
        return true;
    }
}
