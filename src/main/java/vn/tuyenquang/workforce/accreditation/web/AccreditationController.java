package vn.tuyenquang.workforce.accreditation.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accreditation.AccreditationForm;
import vn.tuyenquang.workforce.accreditation.Accreditations;
import vn.tuyenquang.workforce.system.Forms;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * A centre's accreditation history and standing, for the department (every centre, and the form to record a decision)
 * and the centre's staff (their own).
 */
@Controller
class AccreditationController {

    static final String VIEW = "accreditation/centre";

    private final Accreditations accreditations;

    AccreditationController(Accreditations accreditations) {
        this.accreditations = accreditations;
    }

    @GetMapping("/accreditation/centres/{id}")
    String centre(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", AccreditationForm.empty());
        return page(user, id, model);
    }

    @PostMapping("/accreditation/centres/{id}")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("form") AccreditationForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
        if (Forms.succeeds(errors, () -> accreditations.check(form), () -> accreditations.record(user, id, form))) {
            flash.addFlashAttribute("message", "accreditation.saved");
            return "redirect:/accreditation/centres/" + id;
        }
        return page(user, id, model);
    }

    private String page(CurrentUser user, UUID id, Model model) {
        if (!user.role().isProvinceWide() && !user.centreId().map(id::equals).orElse(false)) {
            throw new AccessDeniedException("not this user's training centre");
        }
        model.addAttribute("centreId", id);
        model.addAttribute("current", accreditations.current(id).orElse(null));
        model.addAttribute("history", accreditations.history(id));
        model.addAttribute("results", vn.tuyenquang.workforce.accreditation.Accreditation.Result.values());
        model.addAttribute("editable", user.role().isProvinceWide());
        return VIEW;
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess accreditationPages() {
            String admin = Role.ADMIN.name();
            String department = Role.DEPARTMENT.name();
            return paths -> paths
                    .requestMatchers(HttpMethod.GET, "/accreditation/centres/*", "/api/accreditation/centres/*")
                    .hasAnyRole(admin, department, Role.CENTRE_STAFF.name())
                    .requestMatchers("/accreditation/**", "/api/accreditation/**").hasAnyRole(admin, department);
        }
    }
}
