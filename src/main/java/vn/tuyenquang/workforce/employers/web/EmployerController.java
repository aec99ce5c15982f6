package vn.tuyenquang.workforce.employers.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.AccountForm;
import vn.tuyenquang.workforce.accounts.AccountManagement;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewEmployer;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.Forms;

/** The department's list of employers, a new employer, an employer's page and its accounts. */
@Controller
class EmployerController {

    static final String LIST_VIEW = "employers/list";
    static final String FORM_VIEW = "employers/form";
    static final String EMPLOYER_VIEW = "employers/employer";
    static final int SHOWN = 200;

    private final Employers employers;
    private final AccountManagement accounts;
    private final ReferenceCatalog reference;

    EmployerController(Employers employers, AccountManagement accounts, ReferenceCatalog reference) {
        this.employers = employers;
        this.accounts = accounts;
        this.reference = reference;
    }

    /** The department's list; an employer's account goes straight to its own employer. */
    @GetMapping("/employers")
    String list(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.employerId().isPresent()) {
            return "redirect:/employers/" + user.employerId().get();
        }
        model.addAttribute("q", q);
        model.addAttribute("employers", employers.search(q, SHOWN));
        model.addAttribute("communeNames", reference.communeNames());
        return LIST_VIEW;
    }

    @GetMapping("/employers/new")
    String newEmployer(Model model) {
        model.addAttribute("form", new NewEmployer("", "", "", "", "", "", ""));
        return form(model);
    }

    @PostMapping("/employers")
    String create(@Valid @ModelAttribute("form") NewEmployer form, BindingResult errors, Model model) {
        return Forms.submit(errors, () -> employers.create(form))
                .map(employer -> "redirect:/employers/" + employer.id())
                .orElseGet(() -> form(model));
    }

    @GetMapping("/employers/{id}")
    String employer(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("accountForm", AccountForm.empty());
        return page(user, id, model);
    }

    /** The department gives an employer an account, limited to that employer. */
    @PostMapping("/employers/{id}/accounts")
    String addAccount(@PathVariable UUID id, @Valid @ModelAttribute("accountForm") AccountForm form,
                      BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model,
                      RedirectAttributes flash) {
        employers.employer(user, id);
        if (Forms.succeeds(errors, () -> accounts.create(form.employer(id)))) {
            flash.addFlashAttribute("message", "employer.account.created");
            return "redirect:/employers/" + id;
        }
        return page(user, id, model);
    }

    private String page(CurrentUser user, UUID id, Model model) {
        model.addAttribute("employer", employers.employer(user, id));
        model.addAttribute("vacancies", employers.vacancies(user, id));
        model.addAttribute("communeNames", reference.communeNames());
        if (user.role().isProvinceWide()) {
            model.addAttribute("accounts", accounts.accountsOfEmployer(id));
        }
        return EMPLOYER_VIEW;
    }

    private String form(Model model) {
        model.addAttribute("communes", reference.communes());
        return FORM_VIEW;
    }
}
