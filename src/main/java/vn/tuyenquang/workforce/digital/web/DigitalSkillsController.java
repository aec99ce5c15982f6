package vn.tuyenquang.workforce.digital.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
import vn.tuyenquang.workforce.digital.DigitalCourses;
import vn.tuyenquang.workforce.digital.DigitalSkillsReport;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.CsvDownload;
import vn.tuyenquang.workforce.system.Forms;
import vn.tuyenquang.workforce.system.ReportYears;

/** People trained in digital skills a year, the department's definition, and a course's mark. */
@Controller
class DigitalSkillsController {

    static final String REPORT_VIEW = "digital/report";
    static final String DEFINITION_VIEW = "digital/definition";
    static final String COURSE_VIEW = "digital/course";
    /** A centre's reason for marking a course. */
    record MarkForm(@NotBlank @Size(max = 500, message = "{common.tooLong}") String reason) {
    }

    /** A VSCO 2020 group the department adds to the definition. */
    record GroupForm(@NotBlank String code) {
    }

    private final DigitalSkillsReport report;
    private final DigitalCourses courses;
    private final ReferenceCatalog reference;
    private final MessageSource messages;
    private final Clock clock;

    DigitalSkillsController(DigitalSkillsReport report, DigitalCourses courses, ReferenceCatalog reference,
                            MessageSource messages, Clock clock) {
        this.report = report;
        this.courses = courses;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/digital-skills")
    String report(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("report", report.of(user, yearOf(year)));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("ethnicNames", ethnicNames());
        model.addAttribute("years", ReportYears.choices(clock));
        return REPORT_VIEW;
    }

    /** One line per figure: the breakdown, its key, the key's name and the people counted. */
    @GetMapping("/digital-skills.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
                               Locale locale) {
        DigitalSkillsReport.Report r = report.of(user, yearOf(year));
        Map<String, String> communes = reference.communeNames();
        Map<String, String> ethnic = ethnicNames();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("digital.csv.year", locale), text("digital.csv.breakdown", locale),
                text("digital.csv.code", locale), text("digital.csv.name", locale), text("digital.trained", locale)));
        String y = Integer.toString(r.year());
        rows.add(List.of(y, text("digital.csv.total", locale), "", r.communeCode() == null ? text("digital.province", locale)
                : communes.getOrDefault(r.communeCode(), ""), Integer.toString(r.trained())));
        r.byCommune().forEach((k, v) -> rows.add(List.of(y, text("digital.byCommune", locale), k,
                communes.getOrDefault(k, ""), v.toString())));
        r.bySex().forEach((k, v) -> rows.add(List.of(y, text("digital.bySex", locale), k,
                text("person.sex." + k, locale), v.toString())));
        r.byEthnicGroup().forEach((k, v) -> rows.add(List.of(y, text("digital.byEthnicGroup", locale), k,
                ethnic.getOrDefault(k, text("digital.ethnicUnknown", locale)), v.toString())));
        r.byAgeBand().forEach((k, v) -> rows.add(List.of(y, text("digital.byAgeBand", locale), k.name(),
                text("indicators.age." + k.name(), locale), v.toString())));
        r.byCourse().forEach(c -> rows.add(List.of(y, text("digital.byCourse", locale), c.courseCode(),
                c.centreName() + " · " + c.courseName(), Integer.toString(c.people()))));
        return CsvDownload.of("ky-nang-so-" + r.year() + ".csv", rows);
    }

    @GetMapping("/digital-skills/definition")
    String definition(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("groupForm", new GroupForm(""));
        return definitionPage(user, model);
    }

    @PostMapping("/digital-skills/groups")
    String addGroup(@Valid @ModelAttribute("groupForm") GroupForm form, BindingResult errors,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
        if (Forms.succeeds(errors, () -> courses.addGroup(form.code()))) {
            flash.addFlashAttribute("message", "digital.group.added");
            return "redirect:/digital-skills/definition";
        }
        return definitionPage(user, model);
    }

    @PostMapping("/digital-skills/groups/{code}/remove")
    String removeGroup(@PathVariable String code, RedirectAttributes flash) {
        courses.removeGroup(code);
        flash.addFlashAttribute("message", "digital.group.removed");
        return "redirect:/digital-skills/definition";
    }

    @GetMapping("/digital-skills/courses/{id}")
    String course(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        DigitalCourses.Standing standing = courses.standing(user, id);
        model.addAttribute("form", new MarkForm(standing.mark().map(m -> m.reason()).orElse("")));
        return coursePage(standing, model);
    }

    @PostMapping("/digital-skills/courses/{id}")
    String mark(@PathVariable UUID id, @Valid @ModelAttribute("form") MarkForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
        DigitalCourses.Standing standing = courses.standing(user, id);
        if (Forms.succeeds(errors, () -> courses.mark(user, id, form.reason()))) {
            flash.addFlashAttribute("message", "digital.marked.flash");
            return "redirect:/digital-skills/courses/" + id;
        }
        return coursePage(standing, model);
    }

    @PostMapping("/digital-skills/courses/{id}/unmark")
    String unmark(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        courses.unmark(user, id);
        flash.addFlashAttribute("message", "digital.unmarked");
        return "redirect:/digital-skills/courses/" + id;
    }

    private String coursePage(DigitalCourses.Standing standing, Model model) {
        model.addAttribute("standing", standing);
        model.addAttribute("occupation", reference.occupation(standing.course().occupationCode()).orElse(null));
        return COURSE_VIEW;
    }

    private String definitionPage(CurrentUser user, Model model) {
        DigitalCourses.Definition definition = courses.definition();
        model.addAttribute("definition", definition);
        model.addAttribute("occupations", reference.occupationsByCode());
        model.addAttribute("markedCourses", courses.markedCourses(user));
        model.addAttribute("editable", user.role().isProvinceWide());
        return DEFINITION_VIEW;
    }

    private Map<String, String> ethnicNames() {
        Map<String, String> names = new java.util.HashMap<>();
        reference.ethnicGroups().forEach(g -> names.put(g.code(), g.name()));
        return names;
    }

    private int yearOf(Integer year) {
        return ReportYears.chosen(year, clock, false);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
