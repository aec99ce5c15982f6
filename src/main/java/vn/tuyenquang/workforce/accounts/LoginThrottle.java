package vn.tuyenquang.workforce.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down whoever guesses passwords, without locking anyone's owner out. Every attempt is counted before its
 * password is compared, in one transaction that also decides whether it may be compared (reserve, then give back on
 * success), so that attempts arriving at once cannot all be compared before any is counted. Counts are kept under two
 * keys: the account together with the client's address, and the address alone. Past a few attempts that did not
 * succeed a key is blocked for a delay that doubles with each further one (1, 2, 4 … minutes, at most an hour); while
 * any key of an attempt is blocked, the attempt fails like a wrong password, without the password being compared. A
 * stranger's failures therefore block the stranger's address, never the owner signing in from elsewhere (the
 * administrator included). The address is the connection's peer, or what a proxy the operator names says
 * ({@code server.tomcat.remoteip.internal-proxies}), never a header anyone can send. A success clears its
 * account-and-address key and gives its address back the attempt; the administrator can lift every block of an
 * account, and a new password does too. API tokens (238 bits) only need a cheap per-address limit on failures. The
 * counts live in the database, so every instance agrees.
 */
@Component
class LoginThrottle {

    /** Attempts allowed before an account-and-address key is blocked. */
    static final int ACCOUNT_FAILURES = 5;
    /** Attempts allowed before an address is blocked for every account (an office behind one address). */
    static final int ADDRESS_FAILURES = 20;
    /** Unknown API tokens allowed from one address before it is held back. */
    static final int TOKEN_FAILURES = 20;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);
    /** An address's failures are forgotten after this long without one. */
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    private final LoginThrottleRepository throttle;
    private final Clock clock;
    private final TransactionTemplate transaction;

    LoginThrottle(LoginThrottleRepository throttle, Clock clock, PlatformTransactionManager transactions) {
        this.throttle = throttle;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Counts an attempt to sign in as {@code username} from {@code address}, before its password is compared; returns
     * whether it may be compared. Concurrent attempts on one key wait for each other's count.
     */
    boolean admit(String username, String address) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Instant now = clock.instant();
            boolean account = reserve(accountKey(username, address), shortened(username), ACCOUNT_FAILURES, now);
            boolean fromAddress = reserve(addressKey(address), null, ADDRESS_FAILURES, now);
            return account && fromAddress;
        }));
    }

    /** Whether an unknown API token from {@code address} has been tried too often; checked before the token is looked up. */
    boolean tokensHeldBack(String address) {
        return throttle.anyBlocked(List.of(tokenKey(address)), clock.instant());
    }

    /** An API token that is unknown or revoked, presented from {@code address}. */
    void unknownToken(String address) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            reserve(tokenKey(address), null, TOKEN_FAILURES, now);
        });
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String address = addressOf(event.getAuthentication());
        throttle.forgetKey(accountKey(event.getAuthentication().getName(), address));
        throttle.giveBack(addressKey(address), ADDRESS_FAILURES);
    }

    /** Lifts every block of the account, from wherever (the administrator's decision, or a new password). */
    void lift(String username) {
        throttle.forgetAccount(username);
    }

    /** Whether any key of the account is blocked now, for the administrator's list. */
    List<String> blockedAccounts() {
        return throttle.blockedAccounts(clock.instant());
    }

    /**
     * One more attempt on the key, its row locked until the transaction ends: refused when the key was blocked or the
     * attempt is past those allowed; the one that reaches the allowance blocks the key for whatever follows.
     */
    private boolean reserve(String key, String username, int allowed, Instant now) {
        // A success elsewhere may forget the key between making sure of its row and counting on it: make sure again.
        // Once counted on, the row is locked until this transaction ends, so the count reads it. A key forgotten again
        // at every try has just had successes from this very address and account, one after another (the owner
        // signing in several times at once): the attempt is compared uncounted rather than refused, as it once was
        // (an internal failure answered 401, one in a few thousand concurrent sign-ins of one account).
        int tries = 0;
        boolean counted;
        do {
            throttle.ensureKey(key, username, now);
            counted = throttle.countFailure(key, now, now.minus(FORGOTTEN_AFTER));
        } while (!counted && ++tries < 5);
        Optional<LoginThrottleRepository.Count> found = throttle.count(key);
        if (found.isEmpty()) {
            return true;
        }
        LoginThrottleRepository.Count count = found.get();
        boolean blocked = count.blockedAt(now);
        int attempts = count.failures();
        if (attempts >= allowed) {
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(attempts - allowed, 6));
            throttle.block(key, now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay));
        }
        return !blocked && attempts <= allowed;
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    private static String accountKey(String username, String address) {
        return "account:" + shortened(username) + "@" + addressKey(address).substring("address:".length());
    }

    private static String tokenKey(String address) {
        return "token:" + addressKey(address).substring("address:".length());
    }

    private static String addressKey(String address) {
        return "address:" + (address.length() > 64 ? address.substring(0, 64) : address);
    }

    /** A username as typed may be anything: the key keeps its first 60 characters (no account's is longer). */
    private static String shortened(String username) {
        return username.length() > 60 ? username.substring(0, 60) : username;
    }
}
