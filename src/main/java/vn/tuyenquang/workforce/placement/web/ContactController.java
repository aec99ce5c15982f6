package vn.tuyenquang.workforce.placement.web;

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
import vn.tuyenquang.workforce.placement.Shortlists;

/**
 * The employers who shortlisted a person, on the person's record, where staff record on the person's
 * request that they agree, or no longer agree, to be contacted by each.
 */
@Controller
class ContactController {

    static final String CONTACTS_VIEW = "placement/contacts";

    private final Shortlists shortlists;

    ContactController(Shortlists shortlists) {
        this.shortlists = shortlists;
    }

    @GetMapping("/people/{id}/contacts")
    String contacts(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("interests", shortlists.ofPerson(user, id));
        return CONTACTS_VIEW;
    }

    @PostMapping("/people/{id}/contacts/{entryId}")
    String agreement(@PathVariable UUID id, @PathVariable UUID entryId, @RequestParam boolean agreed,
                     @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        shortlists.contactAgreement(user, entryId, agreed);
        flash.addFlashAttribute("message", agreed ? "contact.agreed" : "contact.withdrawn");
        return "redirect:/people/" + id + "/contacts";
    }
}
