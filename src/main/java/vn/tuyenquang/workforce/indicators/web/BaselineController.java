package vn.tuyenquang.workforce.indicators.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.Baselines;
import vn.tuyenquang.workforce.indicators.CommuneTargets;
import vn.tuyenquang.workforce.indicators.Indicators;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.Forms;

/**
 * The communes' own figures the department keeps: baselines (entered where no per-person survey exists yet) and
 * 2030 targets set apart from the province's.
 */
@Controller
class BaselineController {

    static final String BASELINES_VIEW = "indicators/baselines";

    private final Baselines baselines;
    private final CommuneTargets targets;
    private final Indicators indicators;
    private final ReferenceCatalog reference;

    BaselineController(Baselines baselines, CommuneTargets targets, Indicators indicators, ReferenceCatalog reference) {
        this.baselines = baselines;
        this.targets = targets;
        this.indicators = indicators;
        this.reference = reference;
    }

    @GetMapping("/indicators/baselines")
    String list(Model model) {
        model.addAttribute("form", BaselineForm.empty(indicators.currentYear() - 1));
        model.addAttribute("targetForm", TargetForm.empty());
        return page(model);
    }

    @PostMapping("/indicators/baselines")
    String record(@Valid @ModelAttribute("form") BaselineForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
        if (Forms.succeeds(errors, () -> baselines.record(user, form.entry()))) {
            flash.addFlashAttribute("message", "baseline.saved");
            return "redirect:/indicators/baselines";
        }
        model.addAttribute("targetForm", TargetForm.empty());
        return page(model);
    }

    @PostMapping("/indicators/targets")
    String setTarget(@Valid @ModelAttribute("targetForm") TargetForm form, BindingResult errors,
                     @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
        if (Forms.succeeds(errors, () -> targets.set(user, form.entry()))) {
            flash.addFlashAttribute("message", "target.saved");
            return "redirect:/indicators/baselines";
        }
        model.addAttribute("form", BaselineForm.empty(indicators.currentYear() - 1));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("baselines", baselines.all());
        model.addAttribute("targets", targets.all());
        model.addAttribute("provinceTargets", indicators.targets());
        model.addAttribute("communes", reference.communes());
        model.addAttribute("communeNames", reference.communeNames());
        return BASELINES_VIEW;
    }
}
