package vn.tuyenquang.workforce.accounts.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.tuyenquang.workforce.accounts.AccountManagement;
import vn.tuyenquang.workforce.accounts.ApiTokens;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.FitsBcrypt;
import vn.tuyenquang.workforce.accounts.Passwords;
import vn.tuyenquang.workforce.system.Forms;

@Controller
class PasswordController {

    static final String PASSWORD_VIEW = "accounts/password";

    record PasswordForm(@NotBlank String currentPassword,
                        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = 200, message = "{account.password.size}")
                        @FitsBcrypt String newPassword,
                        String repeatPassword,
                        Boolean revokeTokens) {
    }

    private final AccountManagement accounts;
    private final ApiTokens tokens;

    PasswordController(AccountManagement accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** The API tokens the account has in use, which a new password may revoke with it. */
    @ModelAttribute("activeTokens")
    long activeTokens(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? 0 : tokens.activeCount(user);
    }

    @GetMapping("/account/password")
    String form(@ModelAttribute("form") PasswordForm form) {
        return PASSWORD_VIEW;
    }

    /**
     * After a change every session of the account has ended, this one too: the person signs in again, so no session
     * holds a stale account, and whoever knew the old password is signed out everywhere.
     */
    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) throws ServletException {
        if (!Forms.succeeds(errors, () -> accounts.checkRepeated(form.newPassword(), form.repeatPassword()),
                () -> accounts.changePassword(user.getUsername(), form.currentPassword(), form.newPassword(),
                        Boolean.TRUE.equals(form.revokeTokens())))) {
            return PASSWORD_VIEW;
        }
        request.logout();
        return "redirect:/login?passwordChanged";
    }
}
