package vn.tuyenquang.workforce.training.web;

import java.util.UUID;

import jakarta.validation.Valid;
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
import vn.tuyenquang.workforce.accounts.AccountForm;
import vn.tuyenquang.workforce.accounts.AccountManagement;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accreditation.Accreditations;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.Forms;
import vn.tuyenquang.workforce.training.CentreOrder;
import vn.tuyenquang.workforce.training.NewCentre;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;
import vn.tuyenquang.workforce.training.TrainingCentre;

@Controller
class CentreController {

    static final String LIST_VIEW = "training/centres";
    static final String FORM_VIEW = "training/centre-form";
    static final String CENTRE_VIEW = "training/centre";
    static final String COURSE_FORM_VIEW = "training/course-form";
    static final int PAGE_SIZE = 20;

    private final TrainingRegistry training;
    private final Certificates certificates;
    private final ReferenceCatalog reference;
    private final AccountManagement accounts;
    private final Accreditations accreditations;

    CentreController(TrainingRegistry training, Certificates certificates, ReferenceCatalog reference,
                     AccountManagement accounts, Accreditations accreditations) {
        this.accreditations = accreditations;
        this.certificates = certificates;
        this.training = training;
        this.reference = reference;
        this.accounts = accounts;
    }

    /** The department's list; a centre's staff go straight to their own centre. */
    @GetMapping("/training/centres")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "NAME") CentreOrder sort,
                @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.centreId().isPresent()) {
            return "redirect:/training/centres/" + user.centreId().get();
        }
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("orders", CentreOrder.values());
        model.addAttribute("result", training.centres(q, sort, page, PAGE_SIZE));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("numberPairs", certificates.numberPairs(user));
        return LIST_VIEW;
    }

    @GetMapping("/training/centres/new")
    String newCentre(Model model) {
        model.addAttribute("form", new NewCentre("", "", ""));
        model.addAttribute("communes", reference.communes());
        return FORM_VIEW;
    }

    @PostMapping("/training/centres")
    String create(@Valid @ModelAttribute("form") NewCentre form, BindingResult errors, Model model) {
        return Forms.submit(errors, () -> training.createCentre(form))
                .map(centre -> "redirect:/training/centres/" + centre.id())
                .orElseGet(() -> {
                    model.addAttribute("communes", reference.communes());
                    return FORM_VIEW;
                });
    }

    @GetMapping("/training/centres/{id}")
    String centre(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("staffForm", AccountForm.empty());
        return centrePage(user, id, model);
    }

    /** The department says who owns the centre. */
    @PostMapping("/training/centres/{id}/ownership")
    String ownership(@PathVariable UUID id, @RequestParam(required = false) TrainingCentre.Ownership ownership,
                     @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        training.setOwnership(user, id, ownership);
        flash.addFlashAttribute("message", "centre.ownership.saved");
        return "redirect:/training/centres/" + id;
    }

    /** The administrator gives a centre a staff account, limited to that centre. */
    @PostMapping("/training/centres/{id}/staff")
    String addStaff(@PathVariable UUID id, @Valid @ModelAttribute("staffForm") AccountForm form, BindingResult errors,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
        training.centre(user, id);
        if (Forms.succeeds(errors, () -> accounts.create(form.centreStaff(id)))) {
            flash.addFlashAttribute("message", "centre.staff.created");
            return "redirect:/training/centres/" + id;
        }
        return centrePage(user, id, model);
    }

    private String centrePage(CurrentUser user, UUID id, Model model) {
        model.addAttribute("centre", training.centre(user, id));
        model.addAttribute("courses", training.courses(user, id));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        model.addAttribute("accreditation", accreditations.current(id).orElse(null));
        model.addAttribute("ownershipEditable", user.role().isProvinceWide());
        if (user.role() == Role.ADMIN) {
            model.addAttribute("staff", accounts.staffOf(id));
        }
        return CENTRE_VIEW;
    }

    @GetMapping("/training/centres/{id}/courses/new")
    String newCourse(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new NewCourse("", "", "", "SO_CAP", 3, true));
        return courseForm(user, id, model);
    }

    @PostMapping("/training/centres/{id}/courses")
    String createCourse(@PathVariable UUID id, @Valid @ModelAttribute("form") NewCourse form, BindingResult errors,
                        @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
        return Forms.submit(errors, () -> training.createCourse(user, id, form))
                .map(course -> "redirect:/training/courses/" + course.id())
                .orElseGet(() -> courseForm(user, id, model));
    }

    private String courseForm(CurrentUser user, UUID centreId, Model model) {
        model.addAttribute("centre", training.centre(user, centreId));
        model.addAttribute("levels", reference.qualificationLevels());
        return COURSE_FORM_VIEW;
    }
}
