package vn.tuyenquang.workforce.programmes.web;

import java.time.Clock;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.programmes.FundingProgramme;
import vn.tuyenquang.workforce.programmes.FundingProgrammes;
import vn.tuyenquang.workforce.programmes.ProgrammeForm;
import vn.tuyenquang.workforce.system.Forms;
import vn.tuyenquang.workforce.system.ProvinceTime;

/** The list of funding programmes, and the department's form to add or correct one. */
@Controller
class ProgrammeController {

    static final String LIST_VIEW = "programmes/list";
    static final String FORM_VIEW = "programmes/form";

    private final FundingProgrammes programmes;
    private final Clock clock;

    ProgrammeController(FundingProgrammes programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/programmes")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("editable", user.role().isProvinceWide());
        return LIST_VIEW;
    }

    @GetMapping("/programmes/new")
    String newProgramme(Model model) {
        model.addAttribute("form", ProgrammeForm.empty(ProvinceTime.today(clock).getYear()));
        return form(null, model);
    }

    @PostMapping("/programmes")
    String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        return Forms.submit(errors, () -> programmes.check(null, form), () -> programmes.create(form))
                .map(saved -> saved(saved, flash))
                .orElseGet(() -> form(null, model));
    }

    @GetMapping("/programmes/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", ProgrammeForm.of(programmes.programme(id)));
        return form(id, model);
    }

    @PostMapping("/programmes/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        programmes.programme(id);
        return Forms.submit(errors, () -> programmes.check(id, form), () -> programmes.update(id, form))
                .map(saved -> saved(saved, flash))
                .orElseGet(() -> form(id, model));
    }

    private static String saved(FundingProgramme programme, RedirectAttributes flash) {
        flash.addFlashAttribute("message", "programme.saved");
        flash.addFlashAttribute("savedCode", programme.code());
        return "redirect:/programmes";
    }

    private String form(UUID id, Model model) {
        model.addAttribute("programmeId", id);
        model.addAttribute("kinds", FundingProgramme.Kind.values());
        return FORM_VIEW;
    }
}
