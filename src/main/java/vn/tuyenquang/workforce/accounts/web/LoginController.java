package vn.tuyenquang.workforce.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String LOGIN_VIEW = "accounts/login";

    /** Spring Security handles the POST; this page shows the form and why the last attempt failed. */
    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("failureKey", failureKey(failure));
        return LOGIN_VIEW;
    }

    /**
     * One answer for every failure (a wrong password, an unknown user, an attempt held back, a disabled
     * account): nothing tells a stranger which usernames exist.
     */
    private static String failureKey(Object failure) {
        return failure == null ? null : "login.failed";
    }
}
