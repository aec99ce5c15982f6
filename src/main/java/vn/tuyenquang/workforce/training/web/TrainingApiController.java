package vn.tuyenquang.workforce.training.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Course;
import vn.tuyenquang.workforce.training.CentreOrder;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.EnrolmentOrder;
import vn.tuyenquang.workforce.training.LearnerOrder;
import vn.tuyenquang.workforce.training.NewCentre;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingCentre;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;
import vn.tuyenquang.workforce.training.FundedEnrolments;

/**
 * The training registry as JSON, for centres' own systems: the same records, rules and scoping as the
 * pages (HTTP Basic; a centre's account reaches only its centre). Citizen IDs travel only in bodies.
 */
@RestController
@RequestMapping("/api/training")
@Tag(name = "Đào tạo / Training", description = "Centres, courses, enrolments and certificates")
class TrainingApiController {

    static final int PAGE_SIZE = 50;

    /** A learner enrolled on a day; {@code programmeCode}, optional, names the funding programme that pays. */
    record EnrolmentRequest(@Valid @NotNull NewPerson person, @NotNull LocalDate enrolledOn, String programmeCode) {
    }

    record DateRequest(@NotNull LocalDate on) {
    }

    record CertificateRequest(@NotBlank String number, @NotNull LocalDate issuedOn) {
    }

    record RevocationRequest(@NotBlank String reason) {
    }

    /** A learner search; {@code sort} (by name unless given) and {@code page} (from 0) are optional. */
    record LearnerSearch(@NotBlank String query, LearnerOrder sort, Integer page) {
    }

    /** A learner of a course as the API shows them: the person's own record, and where they stand. */
    record Learner(UUID enrolmentId, UUID personId, String citizenId, String fullName, LocalDate birthDate,
                   Enrolment.Status status, LocalDate completedOn, UUID certificateId) {
    }

    /** One page of the learners a search found; {@code more}: there were too many, narrow the search. */
    record LearnersFound(List<Learner> learners, long total, boolean more, int page, int pages) {
    }

    record CourseView(TrainingCentre centre, Course course, List<Learner> learners, long total, int page, int pages) {
    }

    private final TrainingRegistry training;
    private final Certificates certificates;

    private final FundedEnrolments funded;

    TrainingApiController(TrainingRegistry training, Certificates certificates, FundedEnrolments funded) {
        this.funded = funded;
        this.certificates = certificates;
        this.training = training;
    }

    @Operation(summary = "Training centres whose code or name (accents ignored) matches q; the department's view")
    @GetMapping("/centres")
    TrainingRegistry.CentrePage centres(@RequestParam(defaultValue = "") String q,
                                        @RequestParam(defaultValue = "NAME") CentreOrder sort,
                                        @RequestParam(defaultValue = "0") int page) {
        return training.centres(q, sort, page, PAGE_SIZE);
    }

    @Operation(summary = "Registers a training centre (the department)")
    @PostMapping("/centres")
    @ResponseStatus(HttpStatus.CREATED)
    TrainingCentre createCentre(@Valid @RequestBody NewCentre centre) {
        return training.createCentre(centre);
    }

    @Operation(summary = "One training centre")
    @GetMapping("/centres/{id}")
    TrainingCentre centre(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return training.centre(user, id);
    }

    @Operation(summary = "The centre's courses")
    @GetMapping("/centres/{id}/courses")
    List<Course> courses(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return training.courses(user, id);
    }

    @Operation(summary = "Opens a course at the centre")
    @PostMapping("/centres/{id}/courses")
    @ResponseStatus(HttpStatus.CREATED)
    Course createCourse(@PathVariable UUID id, @Valid @RequestBody NewCourse course,
                        @AuthenticationPrincipal CurrentUser user) {
        return training.createCourse(user, id, course);
    }

    @Operation(summary = "A course with one page of its learners and their certificates")
    @GetMapping("/courses/{id}")
    CourseView course(@PathVariable UUID id, @RequestParam(defaultValue = "ENROLLED") EnrolmentOrder sort,
                      @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user) {
        TrainingRegistry.CourseDetail detail = training.course(user, id, null, sort, page, PAGE_SIZE);
        return new CourseView(detail.centre(), detail.course(), learners(detail), detail.total(), detail.page(),
                detail.pages());
    }

    private static List<Learner> learners(TrainingRegistry.CourseDetail detail) {
        return detail.enrolments().stream()
                .map(row -> new Learner(row.enrolment().id(), row.person().id(), row.person().citizenId().value(),
                        row.person().fullName(), row.person().birthDate(), row.enrolment().status(),
                        row.enrolment().completedOn(), row.certificate().map(Certificate::id).orElse(null)))
                .toList();
    }

    /** One page of a course's learners, as the enrolments listing gives them. */
    record EnrolmentPage(List<Learner> learners, long total, int page, int pages, int size) {
    }

    @Operation(summary = "A course's enrolments, one page of 50 at a time",
            description = "Every learner of the course with where they stand (enrolled, completed, dropped) and their "
                    + "certificate, if any. `sort` orders them: ENROLLED (newest enrolment first, the default), NAME "
                    + "(by name in Vietnamese alphabetical order), STATUS (completed first), CERTIFIED (certified "
                    + "first). `page` counts from 0; `pages` says how many there are.")
    @GetMapping("/courses/{id}/enrolments")
    EnrolmentPage enrolments(@PathVariable UUID id,
                             @io.swagger.v3.oas.annotations.Parameter(description = "The order of the learners")
                             @RequestParam(defaultValue = "ENROLLED") EnrolmentOrder sort,
                             @io.swagger.v3.oas.annotations.Parameter(description = "The page, from 0")
                             @RequestParam(defaultValue = "0") @jakarta.validation.constraints.Min(0) int page,
                             @AuthenticationPrincipal CurrentUser user) {
        TrainingRegistry.CourseDetail detail = training.course(user, id, null, sort, page, PAGE_SIZE);
        return new EnrolmentPage(learners(detail), detail.total(), detail.page(), detail.pages(), PAGE_SIZE);
    }

    @Operation(summary = "Enrols a person, adding them to the labour register when their citizen ID is new")
    @PostMapping("/courses/{id}/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    Enrolment enrol(@PathVariable UUID id, @Valid @RequestBody EnrolmentRequest request,
                    @AuthenticationPrincipal CurrentUser user) {
        return funded.enrol(user, id, request.person(), request.enrolledOn(), request.programmeCode());
    }

    @Operation(summary = "Records that the learner completed the course, on the day given")
    @PostMapping("/enrolments/{id}/completion")
    Enrolment complete(@PathVariable UUID id, @Valid @RequestBody DateRequest request,
                       @AuthenticationPrincipal CurrentUser user) {
        return training.complete(user, id, request.on());
    }

    @Operation(summary = "Records that the learner left the course, on the day given")
    @PostMapping("/enrolments/{id}/drop")
    Enrolment drop(@PathVariable UUID id, @Valid @RequestBody DateRequest request,
                   @AuthenticationPrincipal CurrentUser user) {
        return training.drop(user, id, request.on());
    }

    @Operation(summary = "Issues the certificate of a completed enrolment, with its number and day")
    @PostMapping("/enrolments/{id}/certificate")
    @ResponseStatus(HttpStatus.CREATED)
    Certificate issue(@PathVariable UUID id, @Valid @RequestBody CertificateRequest request,
                      @AuthenticationPrincipal CurrentUser user) {
        return certificates.issue(user, id, request.number(), request.issuedOn());
    }

    @Operation(summary = "One certificate, with its status and verification code")
    @GetMapping("/certificates/{id}")
    Certificate certificate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return certificates.certificate(user, id);
    }

    @Operation(summary = "Revokes a certificate, with the reason; its verification then says so")
    @PostMapping("/certificates/{id}/revocation")
    Certificate revoke(@PathVariable UUID id, @Valid @RequestBody RevocationRequest request,
                       @AuthenticationPrincipal CurrentUser user) {
        return certificates.revoke(user, id, request.reason());
    }

    @Operation(summary = "Learners by name (accents ignored) or citizen ID, posted so the ID stays out of URLs")
    @PostMapping("/learners/search")
    LearnersFound searchLearners(@Valid @RequestBody LearnerSearch search, @AuthenticationPrincipal CurrentUser user) {
        TrainingRegistry.LearnerPage found = training.searchLearners(user, search.query(),
                search.sort() == null ? LearnerOrder.NAME : search.sort(), search.page() == null ? 0 : search.page(),
                PAGE_SIZE);
        return new LearnersFound(found.learners().stream()
                .map(p -> new Learner(null, p.id(), p.citizenId().value(), p.fullName(), p.birthDate(), null, null, null))
                .toList(), found.total(), found.more(), found.page(), found.pages());
    }

    @Operation(summary = "Public verification of a certificate by its short code; no sign-in needed")
    @GetMapping("/verify/{code}")
    Certificates.Verification verify(@PathVariable String code) {
        return certificates.verify(code).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                HttpStatus.NOT_FOUND, "No certificate has this verification code"));
    }
}
