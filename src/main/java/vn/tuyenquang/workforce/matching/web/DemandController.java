package vn.tuyenquang.workforce.matching.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.matching.DemandSupply;
import vn.tuyenquang.workforce.orders.OrderedTraining;
import vn.tuyenquang.workforce.reference.Occupation;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.PageAccess;
import vn.tuyenquang.workforce.system.ReportYears;

/** The department's view of demand against supply, trade by trade. */
@Controller
class DemandController {

    static final String DEMAND_VIEW = "matching/demand";

    private final DemandSupply demandSupply;
    private final OrderedTraining orderedTraining;
    private final ReferenceCatalog reference;
    private final Clock clock;

    DemandController(DemandSupply demandSupply, OrderedTraining orderedTraining, ReferenceCatalog reference,
                     Clock clock) {
        this.demandSupply = demandSupply;
        this.orderedTraining = orderedTraining;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * Demand against supply, trade by trade; below it, whether training ordered by employers ended in jobs in the
     * trade more often than the rest, for the completers of {@code year} (last year unless asked: most of its
     * completers' six months have passed).
     */
    @GetMapping("/demand")
    String demand(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
                  Model model) {
        model.addAttribute("ordered", orderedTraining.of(user, ReportYears.chosen(year, clock, true)));
        model.addAttribute("years", ReportYears.choices(clock));
        var lines = demandSupply.lines(user);
        Map<String, Occupation> occupations = new HashMap<>();
        lines.forEach(l -> reference.occupation(l.occupationCode()).ifPresent(o -> occupations.put(o.code(), o)));
        model.addAttribute("lines", lines);
        model.addAttribute("occupations", occupations);
        model.addAttribute("communeNames", reference.communeNames());
        return DEMAND_VIEW;
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess demandPages() {
            return paths -> paths.requestMatchers("/demand").hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name());
        }
    }
}
