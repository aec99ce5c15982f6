package vn.tuyenquang.workforce.orders.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.orders.EmployerOrder;
import vn.tuyenquang.workforce.orders.EmployerOrders;
import vn.tuyenquang.workforce.orders.OrderForm;
import vn.tuyenquang.workforce.orders.OrderedTraining;
import vn.tuyenquang.workforce.system.Forms;
import vn.tuyenquang.workforce.system.PageAccess;
import vn.tuyenquang.workforce.system.ReportYears;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** A course's employer order, and ordered training beside the rest, for the department and the centres. */
@Controller
class OrderController {

    static final String COURSE_VIEW = "orders/course";
    static final String REPORT_VIEW = "orders/report";

    private final EmployerOrders orders;
    private final OrderedTraining report;
    private final TrainingRegistry training;
    private final Clock clock;

    OrderController(EmployerOrders orders, OrderedTraining report, TrainingRegistry training, Clock clock) {
        this.orders = orders;
        this.report = report;
        this.training = training;
        this.clock = clock;
    }

    @GetMapping("/orders")
    String report(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
        int shown = ReportYears.chosen(year, clock, true);
        model.addAttribute("comparison", report.of(user, shown));
        model.addAttribute("years", ReportYears.choices(clock));
        return REPORT_VIEW;
    }

    @GetMapping("/orders/courses/{id}")
    String course(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        EmployerOrder order = orders.of(user, id).orElse(null);
        model.addAttribute("form", order == null ? OrderForm.empty() : new OrderForm(null, order.places(),
                order.hiringCommitment()));
        return coursePage(user, id, order, model);
    }

    @PostMapping("/orders/courses/{id}")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("form") OrderForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
        EmployerOrder current = orders.of(user, id).orElse(null);
        if (Forms.succeeds(errors, () -> orders.check(form), () -> orders.record(user, id, form))) {
            flash.addFlashAttribute("message", "order.saved");
            return "redirect:/orders/courses/" + id;
        }
        return coursePage(user, id, current, model);
    }

    @PostMapping("/orders/courses/{id}/remove")
    String remove(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        orders.remove(user, id);
        flash.addFlashAttribute("message", "order.removed");
        return "redirect:/orders/courses/" + id;
    }

    private String coursePage(CurrentUser user, UUID id, EmployerOrder order, Model model) {
        model.addAttribute("course", training.course(user, id));
        model.addAttribute("order", order);
        return COURSE_VIEW;
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess orderPages() {
            return paths -> paths.requestMatchers("/orders", "/orders/**", "/api/orders", "/api/orders/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name(), Role.CENTRE_STAFF.name());
        }
    }
}
