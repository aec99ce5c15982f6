package vn.tuyenquang.workforce.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account, wherever they were opened (they live in the database, so any instance ends
 * them): ended when its password changes, as ASVS 3.3 asks, so that whoever knew the old one is out.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account; returns how many there were. */
    int endAll(String username) {
        var open = sessions.findByPrincipalName(username).keySet();
        open.forEach(sessions::deleteById);
        return open.size();
    }
}
