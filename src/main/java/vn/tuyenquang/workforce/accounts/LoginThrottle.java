package vn.tuyenquang.workforce.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for 15 minutes after 5 wrong passwords in a row, for the web form and the API alike.
 * The count lives in the database, so every application instance sees it.
 */
@Component
class LoginThrottle {

    private final AccountManagement accounts;

    LoginThrottle(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
