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
import vn.tuyenquang.workforce.placement.Hiring;
import vn.tuyenquang.workforce.placement.Shortlists;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.ProvinceTime;

/** A vacancy's shortlist: adding a candidate, moving them through the stages, recording a hire. */
@Controller
class ShortlistController {

    static final String SHORTLIST_VIEW = "placement/shortlist";

    private final Shortlists shortlists;
    private final Hiring hiring;
    private final Employers employers;
    private final ReferenceCatalog reference;
    private final Clock clock;

    ShortlistController(Shortlists shortlists, Hiring hiring, Employers employers, ReferenceCatalog reference, Clock clock) {
        this.shortlists = shortlists;
        this.hiring = hiring;
        this.employers = employers;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/vacancies/{id}/shortlist")
    String shortlist(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("vacancy", employers.vacancy(user, id));
        model.addAttribute("candidates", shortlists.ofVacancy(user, id));
        model.addAttribute("today", ProvinceTime.today(clock));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        return SHORTLIST_VIEW;
    }

    /**
     * Shortlists a candidate; from the results ({@code back}, the results' own address with their filters and page), the
     * employer stays on them to go on choosing. Any other address is ignored: the redirect never leaves the vacancy.
     */
    @PostMapping("/vacancies/{id}/shortlist")
    String add(@PathVariable UUID id, @RequestParam UUID personId, @RequestParam(required = false) String back,
               @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        String shortlist = step(() -> shortlists.shortlist(user, id, personId), "shortlist.added", id, flash);
        String results = "/vacancies/" + id + "/candidates";
        boolean toResults = back != null && (back.equals(results) || back.startsWith(results + "?"))
                && back.chars().noneMatch(c -> c == '\\' || c < 0x20);
        return toResults ? "redirect:" + back : shortlist;
    }

    @PostMapping("/shortlist/{entryId}/stage")
    String move(@PathVariable UUID entryId, @RequestParam ShortlistEntry.Stage stage,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn,
                @RequestParam UUID vacancyId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        LocalDate on = hiredOn == null ? ProvinceTime.today(clock) : hiredOn;
        return step(() -> hiring.move(user, entryId, stage, on), "shortlist.moved." + stage, vacancyId, flash);
    }

    @PostMapping("/shortlist/{entryId}/contact-request")
    String requestContact(@PathVariable UUID entryId, @RequestParam(required = false) String message,
                          @RequestParam UUID vacancyId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return step(() -> shortlists.requestContact(user, entryId, message), "contact.request.sent", vacancyId, flash);
    }

    @PostMapping("/shortlist/{entryId}/undo-hire")
    String undoHire(@PathVariable UUID entryId, @RequestParam UUID vacancyId, @AuthenticationPrincipal CurrentUser user,
                    RedirectAttributes flash) {
        return step(() -> hiring.undoHire(user, entryId), "shortlist.hireUndone", vacancyId, flash);
    }

    /**
     * Takes a step of the shortlist and goes back to it, saying what was done ({@code done}, a message key) or why it
     * could not be.
     */
    private static String step(Runnable action, String done, UUID vacancyId, RedirectAttributes flash) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (PlacementException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/vacancies/" + vacancyId + "/shortlist";
    }
}
