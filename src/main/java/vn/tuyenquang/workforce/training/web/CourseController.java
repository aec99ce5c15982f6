package vn.tuyenquang.workforce.training.web;

import vn.tuyenquang.workforce.system.ProvinceTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.Forms;
import vn.tuyenquang.workforce.training.EnrolmentOrder;
import vn.tuyenquang.workforce.training.TrainingException;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;
import vn.tuyenquang.workforce.training.FundedEnrolments;
import vn.tuyenquang.workforce.programmes.FundingProgrammes;

/** A course's page: its learners, enrolling one, completing or dropping them, and issuing certificates. */
@Controller
class CourseController {

    static final String COURSE_VIEW = "training/course";
    static final int PAGE_SIZE = 50;
    /** A search shows every learner it finds, up to this many (a course rarely has more). */
    static final int SEARCH_SHOWN = 500;

    private final TrainingRegistry training;
    private final Certificates certificates;
    private final ReferenceCatalog reference;
    private final Clock clock;
    private final FundedEnrolments funded;
    private final FundingProgrammes programmes;

    CourseController(TrainingRegistry training, Certificates certificates, ReferenceCatalog reference, Clock clock,
                     FundedEnrolments funded, FundingProgrammes programmes) {
        this.funded = funded;
        this.programmes = programmes;
        this.certificates = certificates;
        this.training = training;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/training/courses/{id}")
    String course(@PathVariable UUID id, @RequestParam(defaultValue = "ENROLLED") EnrolmentOrder sort,
                  @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", EnrolmentForm.empty(ProvinceTime.today(clock)));
        return page(user, id, null, sort, page, model);
    }

    /**
     * The course's learners a clerk looks for, by part of a name or of a citizen ID: posted, so that a citizen ID never
     * sits in an address (or a log of addresses); all found on one page.
     */
    @PostMapping("/training/courses/{id}/search")
    String search(@PathVariable UUID id, @RequestParam(defaultValue = "") String q,
                  @RequestParam(defaultValue = "ENROLLED") EnrolmentOrder sort, @AuthenticationPrincipal CurrentUser user,
                  Model model) {
        model.addAttribute("form", EnrolmentForm.empty(ProvinceTime.today(clock)));
        if (q.isBlank()) {
            return page(user, id, null, sort, 0, model);
        }
        TrainingRegistry.CourseDetail detail = training.course(user, id, q, sort, 0, SEARCH_SHOWN);
        return page(detail, sort, model);
    }

    @PostMapping("/training/courses/{id}/enrolments")
    String enrol(@PathVariable UUID id, @Valid @ModelAttribute("form") EnrolmentForm form, BindingResult errors,
                 @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
        var enrolled = Forms.submit(errors,
                () -> funded.check(form.person(), form.enrolledOn(), form.programmeCode()),
                () -> funded.enrol(user, id, form.person(), form.enrolledOn(), form.programmeCode()));
        if (enrolled.isPresent()) {
            // Named, with a link to them: the staff member sees at once whom the form added.
            flash.addFlashAttribute("enrolledPerson", enrolled.get().personId());
            flash.addFlashAttribute("enrolledName", vn.tuyenquang.workforce.text.VietnameseText.normalize(
                    form.person().fullName()));
            return "redirect:/training/courses/" + id;
        }
        return page(user, id, null, EnrolmentOrder.ENROLLED, 0, model);
    }

    @PostMapping("/training/enrolments/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return step(user, id, flash, "enrolment.completed", () -> training.complete(user, id, on));
    }

    @PostMapping("/training/enrolments/{id}/drop")
    String drop(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return step(user, id, flash, "enrolment.dropped", () -> training.drop(user, id, on));
    }

    @PostMapping("/training/enrolments/{id}/certificate")
    String issue(@PathVariable UUID id, @RequestParam String number,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                 @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return step(user, id, flash, "certificate.issued", () -> certificates.issue(user, id, number, issuedOn));
    }

    /** Takes one step on an enrolment and returns to its course, saying what happened or why it could not. */
    private String step(CurrentUser user, UUID enrolmentId, RedirectAttributes flash, String done, Runnable action) {
        UUID courseId = training.courseOfEnrolment(user, enrolmentId);
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (TrainingException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/training/courses/" + courseId;
    }

    private String page(CurrentUser user, UUID courseId, String query, EnrolmentOrder sort, int page, Model model) {
        return page(training.course(user, courseId, query, sort, page, PAGE_SIZE), sort, model);
    }

    private String page(TrainingRegistry.CourseDetail detail, EnrolmentOrder sort, Model model) {
        model.addAttribute("detail", detail);
        model.addAttribute("sort", sort);
        model.addAttribute("orders", EnrolmentOrder.values());
        model.addAttribute("occupation", reference.occupation(detail.course().occupationCode()).orElseThrow());
        model.addAttribute("communes", reference.communes());
        model.addAttribute("ethnicGroups", reference.ethnicGroups());
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        model.addAttribute("today", ProvinceTime.today(clock));
        model.addAttribute("programmes", programmes.all());
        return COURSE_VIEW;
    }
}
