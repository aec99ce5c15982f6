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
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.placement.PlacementException;
import vn.tuyenquang.workforce.placement.ShortlistEntry;
import vn.tuyenquang.workforce.placement.Shortlists;
import vn.tuyenquang.workforce.system.ProvinceTime;

/** A vacancy's shortlist: adding a candidate, moving them through the stages, recording a hire. */
@Controller
class ShortlistController {

    static final String SHORTLIST_VIEW = "placement/shortlist";

    private final Shortlists shortlists;
    private final Employers employers;
    private final Clock clock;

    ShortlistController(Shortlists shortlists, Employers employers, Clock clock) {
        this.shortlists = shortlists;
        this.employers = employers;
        this.clock = clock;
    }

    @GetMapping("/vacancies/{id}/shortlist")
    String shortlist(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("vacancy", employers.vacancy(user, id));
        model.addAttribute("candidates", shortlists.ofVacancy(user, id));
        model.addAttribute("today", ProvinceTime.today(clock));
        return SHORTLIST_VIEW;
    }

    @PostMapping("/vacancies/{id}/shortlist")
    String add(@PathVariable UUID id, @RequestParam UUID personId, @AuthenticationPrincipal CurrentUser user,
               RedirectAttributes flash) {
        try {
            shortlists.shortlist(user, id, personId);
            flash.addFlashAttribute("message", "shortlist.added");
        } catch (PlacementException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/vacancies/" + id + "/shortlist";
    }

    @PostMapping("/shortlist/{entryId}/stage")
    String move(@PathVariable UUID entryId, @RequestParam ShortlistEntry.Stage stage,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn,
                @RequestParam UUID vacancyId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        try {
            shortlists.move(user, entryId, stage, hiredOn == null ? ProvinceTime.today(clock) : hiredOn);
            flash.addFlashAttribute("message", "shortlist.moved." + stage);
        } catch (PlacementException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/vacancies/" + vacancyId + "/shortlist";
    }

    @PostMapping("/shortlist/{entryId}/contact-request")
    String requestContact(@PathVariable UUID entryId, @RequestParam(required = false) String message,
                          @RequestParam UUID vacancyId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        try {
            shortlists.requestContact(user, entryId, message);
            flash.addFlashAttribute("message", "contact.request.sent");
        } catch (PlacementException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/vacancies/" + vacancyId + "/shortlist";
    }

    @PostMapping("/shortlist/{entryId}/undo-hire")
    String undoHire(@PathVariable UUID entryId, @RequestParam UUID vacancyId, @AuthenticationPrincipal CurrentUser user,
                    RedirectAttributes flash) {
        try {
            shortlists.undoHire(user, entryId);
            flash.addFlashAttribute("message", "shortlist.hireUndone");
        } catch (PlacementException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/vacancies/" + vacancyId + "/shortlist";
    }
}
