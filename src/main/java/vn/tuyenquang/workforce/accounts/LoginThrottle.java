package vn.tuyenquang.workforce.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down whoever guesses passwords, without locking anyone's owner out. Failures are counted, in one
 * statement each (so failures arriving at once are all counted), under two keys: the account together with
 * the client's address, and the address alone. Past a few failures a key is blocked for a delay that doubles
 * with each further failure (1, 2, 4 … minutes, at most an hour); while any key of an attempt is blocked, the
 * attempt fails like a wrong password, without the password being checked. A stranger's failures therefore
 * block the stranger's address, never the owner signing in from elsewhere (the administrator included). A
 * success clears its account-and-address key; the administrator can lift every block of an account, and a
 * new password does too. The counts live in the database, so every instance agrees.
 */
@Component
class LoginThrottle {

    /** Failures allowed before an account-and-address key is blocked. */
    static final int ACCOUNT_FAILURES = 5;
    /** Failures allowed before an address is blocked for every account (an office behind one address). */
    static final int ADDRESS_FAILURES = 20;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);
    /** An address's failures are forgotten after this long without one. */
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    private final LoginThrottleRepository throttle;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Whether an attempt to sign in as {@code username} from {@code address} must wait. */
    boolean isBlocked(String username, String address) {
        return throttle.anyBlocked(List.of(accountKey(username, address), addressKey(address)), clock.instant());
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String address = addressOf(event.getAuthentication());
        String username = event.getAuthentication().getName();
        failed(accountKey(username, address), shortened(username), ACCOUNT_FAILURES);
        failed(addressKey(address), null, ADDRESS_FAILURES);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.forgetKey(accountKey(event.getAuthentication().getName(), addressOf(event.getAuthentication())));
    }

    /** Lifts every block of the account, from wherever (the administrator's decision, or a new password). */
    void lift(String username) {
        throttle.forgetAccount(username);
    }

    /** Whether any key of the account is blocked now, for the administrator's list. */
    List<String> blockedAccounts() {
        return throttle.blockedAccounts(clock.instant());
    }

    private void failed(String key, String username, int allowed) {
        Instant now = clock.instant();
        if (!throttle.countFailure(key, now, now.minus(FORGOTTEN_AFTER))) {
            try {
                throttle.insertFirstFailure(key, username, now);
            } catch (DuplicateKeyException anotherFailureFirst) {
                failed(key, username, allowed);
                return;
            }
        }
        int failures = throttle.failures(key);
        if (failures >= allowed) {
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failures - allowed, 6));
            throttle.block(key, now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay));
        }
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    private static String accountKey(String username, String address) {
        return "account:" + shortened(username) + "@" + addressKey(address).substring("address:".length());
    }

    private static String addressKey(String address) {
        return "address:" + (address.length() > 64 ? address.substring(0, 64) : address);
    }

    /** A username as typed may be anything: the key keeps its first 60 characters (no account's is longer). */
    private static String shortened(String username) {
        return username.length() > 60 ? username.substring(0, 60) : username;
    }
}
