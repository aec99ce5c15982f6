package vn.tuyenquang.workforce.employers.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.EmployerException;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.Forms;

/** An employer's vacancies: a new one (a draft), its page, and the steps of its lifecycle. */
@Controller
class VacancyController {

    static final String FORM_VIEW = "employers/vacancy-form";
    static final String VACANCY_VIEW = "employers/vacancy";

    private final Employers employers;
    private final ReferenceCatalog reference;

    VacancyController(Employers employers, ReferenceCatalog reference) {
        this.employers = employers;
        this.reference = reference;
    }

    /** Pay is typed with or without thousands separators, and shown back with them. */
    @InitBinder("form")
    void vndAmounts(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, "payMinVnd", new VndAmountEditor());
        binder.registerCustomEditor(Long.class, "payMaxVnd", new VndAmountEditor());
    }

    @GetMapping("/employers/{id}/vacancies/new")
    String newVacancy(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new NewVacancy("", "", "SO_CAP", "", 1, null, null,
                employers.employer(user, id).communeCode(), null, null, null, null, null, null));
        model.addAttribute("action", "/employers/" + id + "/vacancies");
        return form(user, id, model);
    }

    @PostMapping("/employers/{id}/vacancies")
    String create(@PathVariable UUID id, @Valid @ModelAttribute("form") NewVacancy form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        return Forms.submit(errors, () -> employers.checkVacancy(form), () -> employers.createVacancy(user, id, form))
                .map(vacancy -> "redirect:/vacancies/" + vacancy.id())
                .orElseGet(() -> form(user, id, model));
    }

    /** A draft is edited with the form it was written with; a vacancy past its draft goes back to its page, saying so. */
    @GetMapping("/vacancies/{id}/edit")
    String editDraft(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model,
                     RedirectAttributes flash) {
        Vacancy vacancy = employers.vacancy(user, id);
        if (vacancy.status() != Vacancy.Status.DRAFT) {
            flash.addFlashAttribute("problem", "vacancy.notDraft");
            return "redirect:/vacancies/" + id;
        }
        model.addAttribute("form", NewVacancy.of(vacancy));
        return draftForm(user, vacancy, model);
    }

    @PostMapping("/vacancies/{id}")
    String saveDraft(@PathVariable UUID id, @Valid @ModelAttribute("form") NewVacancy form, BindingResult errors,
                     @AuthenticationPrincipal CurrentUser user, Model model) {
        Vacancy vacancy = employers.vacancy(user, id);
        return Forms.submit(errors, () -> employers.checkVacancy(form), () -> employers.editDraft(user, id, form))
                .map(saved -> "redirect:/vacancies/" + id)
                .orElseGet(() -> draftForm(user, vacancy, model));
    }

    private String draftForm(CurrentUser user, Vacancy vacancy, Model model) {
        model.addAttribute("action", "/vacancies/" + vacancy.id());
        model.addAttribute("draft", vacancy);
        return form(user, vacancy.employerId(), model);
    }

    @GetMapping("/vacancies/{id}")
    String vacancy(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Vacancy vacancy = employers.vacancy(user, id);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("employer", employers.employer(user, vacancy.employerId()));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        model.addAttribute("occupation", reference.occupation(vacancy.occupationCode()).orElse(null));
        return VACANCY_VIEW;
    }

    /** Opens, fills or closes the vacancy; a step its lifecycle does not allow is refused with the reason. */
    @PostMapping("/vacancies/{id}/status")
    String move(@PathVariable UUID id, @RequestParam Vacancy.Status status, @AuthenticationPrincipal CurrentUser user,
                RedirectAttributes flash) {
        try {
            employers.move(user, id, status);
            flash.addFlashAttribute("message", "vacancy.moved." + status);
        } catch (EmployerException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/vacancies/" + id;
    }

    private String form(CurrentUser user, UUID employerId, Model model) {
        model.addAttribute("employer", employers.employer(user, employerId));
        model.addAttribute("communes", reference.communes());
        model.addAttribute("levels", reference.qualificationLevels());
        model.addAttribute("sexes", Sex.values());
        // The occupation chosen, by its name, beside its code (the form is shown again after a mistake, or a draft).
        if (model.getAttribute("form") instanceof NewVacancy form && form.occupationCode() != null) {
            reference.occupation(form.occupationCode().strip()).filter(o -> o.level() == 4).ifPresent(o -> model
                    .addAttribute("occupationName", o.title(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        }
        return FORM_VIEW;
    }
}
