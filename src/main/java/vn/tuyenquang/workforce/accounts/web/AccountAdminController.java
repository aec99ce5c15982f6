package vn.tuyenquang.workforce.accounts.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.AccountManagement;
import vn.tuyenquang.workforce.accounts.NewAccount;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.Forms;

/** The administrator's account pages: list, create, enable and disable. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    static final String LIST_VIEW = "accounts/list";
    static final String FORM_VIEW = "accounts/form";

    private final AccountManagement accounts;
    private final ReferenceCatalog reference;

    AccountAdminController(AccountManagement accounts, ReferenceCatalog reference) {
        this.accounts = accounts;
        this.reference = reference;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.accounts());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new NewAccount("", "", Role.COMMUNE_OFFICER, null, null, null, ""));
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewAccount form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        if (!Forms.succeeds(errors, () -> accounts.checkCreatedByAdministrator(form.role()),
                () -> accounts.create(form))) {
            return form(model);
        }
        flash.addFlashAttribute("created", form.username());
        return "redirect:/admin/accounts";
    }

    /** An owner held back after wrong passwords (theirs, or a stranger's from the same address) may sign in again. */
    @PostMapping("/{id}/unblock")
    String unblock(@PathVariable UUID id) {
        accounts.liftSignInBlocks(id);
        return "redirect:/admin/accounts";
    }

    /** A new one-time password for the owner, shown once; every session of the account ends, every token is revoked. */
    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable UUID id, RedirectAttributes flash) {
        flash.addFlashAttribute("reset", accounts.resetPassword(id));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled) {
        accounts.setEnabled(id, enabled);
        return "redirect:/admin/accounts";
    }

    private String form(Model model) {
        model.addAttribute("roles", AccountManagement.CREATED_BY_ADMINISTRATOR);
        model.addAttribute("communes", reference.communes());
        return FORM_VIEW;
    }
}
