package vn.tuyenquang.workforce.accounts.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.AccountException;
import vn.tuyenquang.workforce.accounts.ApiTokens;
import vn.tuyenquang.workforce.accounts.CurrentUser;

/**
 * API tokens for client systems: one's own at {@code /account/tokens}, any account's for the administrator at
 * {@code /admin/accounts/<id>/tokens}. A new token is shown once, on the page that follows its creation.
 */
@Controller
class ApiTokenController {

    static final String VIEW = "accounts/tokens";

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String own(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, user.id(), "/account/tokens", model);
    }

    @GetMapping("/admin/accounts/{id}/tokens")
    String ofAccount(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, id, "/admin/accounts/" + id + "/tokens", model);
    }

    @PostMapping("/account/tokens")
    String createOwn(@RequestParam(defaultValue = "") String name, @AuthenticationPrincipal CurrentUser user,
                     RedirectAttributes flash) {
        return create(user, user.id(), name, "/account/tokens", flash);
    }

    @PostMapping("/admin/accounts/{id}/tokens")
    String createFor(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
                     @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return create(user, id, name, "/admin/accounts/" + id + "/tokens", flash);
    }

    @PostMapping("/account/tokens/{token}/revoke")
    String revokeOwn(@PathVariable UUID token, @AuthenticationPrincipal CurrentUser user) {
        tokens.revoke(user, user.id(), token);
        return "redirect:/account/tokens";
    }

    @PostMapping("/admin/accounts/{id}/tokens/{token}/revoke")
    String revokeFor(@PathVariable UUID id, @PathVariable UUID token, @AuthenticationPrincipal CurrentUser user) {
        tokens.revoke(user, id, token);
        return "redirect:/admin/accounts/" + id + "/tokens";
    }

    private String page(CurrentUser user, UUID accountId, String address, Model model) {
        model.addAttribute("tokens", tokens.of(user, accountId));
        model.addAttribute("address", address);
        return VIEW;
    }

    private String create(CurrentUser user, UUID accountId, String name, String address, RedirectAttributes flash) {
        try {
            ApiTokens.Created created = tokens.create(user, accountId, name);
            flash.addFlashAttribute("secret", created.secret());
            flash.addFlashAttribute("secretName", created.token().name());
        } catch (AccountException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:" + address;
    }
}
