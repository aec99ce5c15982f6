package vn.tuyenquang.workforce.people.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.IdentityConflict;
import vn.tuyenquang.workforce.people.IdentityConflicts;

/** The department's queue of citizen IDs submitted under another identity than the register's, and its decisions. */
@Controller
class IdentityConflictController {

    static final String VIEW = "people/conflicts";

    private final IdentityConflicts conflicts;

    IdentityConflictController(IdentityConflicts conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping("/people/conflicts")
    String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("conflicts", conflicts.open(user));
        return VIEW;
    }

    @PostMapping("/people/conflicts/{id}")
    String resolve(@PathVariable UUID id, @RequestParam IdentityConflict.Resolution resolution,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        conflicts.resolve(user, id, resolution);
        flash.addFlashAttribute("message", "identityConflict.resolved." + resolution.name());
        return "redirect:/people/conflicts";
    }
}
