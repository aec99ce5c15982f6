package vn.tuyenquang.workforce.training.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.training.LearnerOrder;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Finding a learner by name or citizen ID. The search is posted, never put in the address, because a
 * citizen ID must not appear in a URL (or in the server and proxy logs that record URLs).
 */
@Controller
class LearnerController {

    static final String LEARNERS_VIEW = "training/learners";
    static final int PAGE_SIZE = 50;

    private final TrainingRegistry training;
    private final ReferenceCatalog reference;

    LearnerController(TrainingRegistry training, ReferenceCatalog reference) {
        this.training = training;
        this.reference = reference;
    }

    @GetMapping("/training/learners")
    String form(Model model) {
        model.addAttribute("sort", LearnerOrder.NAME);
        model.addAttribute("orders", LearnerOrder.values());
        return LEARNERS_VIEW;
    }

    @PostMapping("/training/learners")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "NAME") LearnerOrder sort,
                  @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("orders", LearnerOrder.values());
        model.addAttribute("result", training.searchLearners(user, q, sort, page, PAGE_SIZE));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        return LEARNERS_VIEW;
    }
}
