package vn.tuyenquang.workforce.placement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.placement.ContactRequest;
import vn.tuyenquang.workforce.placement.PlacementException;
import vn.tuyenquang.workforce.placement.ContactAnswers;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * Employers' requests to contact a person, as the staff who keep the person's record see them: in their queue (every
 * person they keep) and on the person's record (that person alone), where they record the person's answer.
 */
@Controller
class ContactController {

    static final String CONTACTS_VIEW = "placement/contacts";
    static final String QUEUE_VIEW = "placement/queue";

    private final ContactAnswers contacts;
    private final Clock clock;

    ContactController(ContactAnswers contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @GetMapping("/contacts")
    String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", contacts.contactQueue(user));
        model.addAttribute("today", today());
        return QUEUE_VIEW;
    }

    @GetMapping("/people/{id}/contacts")
    String contacts(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("interests", contacts.ofPerson(user, id));
        model.addAttribute("today", today());
        return CONTACTS_VIEW;
    }

    /** The person's answer, from the queue ({@code queue}) or from their record, with the phone they agreed to share. */
    @PostMapping("/people/{id}/contacts/{entryId}")
    String answer(@PathVariable UUID id, @PathVariable UUID entryId, @RequestParam ContactRequest.Answer answer,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
                  @RequestParam(required = false) String phone,
                  @RequestParam(defaultValue = "false") boolean queue, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes flash) {
        try {
            contacts.answer(user, entryId, new ContactAnswers.Answered(answer,
                    answeredOn == null ? today() : answeredOn, phone));
            flash.addFlashAttribute("message", "contact.answered." + answer);
        } catch (PlacementException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return queue ? "redirect:/contacts" : "redirect:/people/" + id + "/contacts";
    }

    private LocalDate today() {
        return ProvinceTime.today(clock);
    }
}
