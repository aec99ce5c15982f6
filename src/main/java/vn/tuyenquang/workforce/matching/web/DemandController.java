package vn.tuyenquang.workforce.matching.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.matching.DemandSupply;
import vn.tuyenquang.workforce.reference.Occupation;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.PageAccess;

/** The department's view of demand against supply, trade by trade. */
@Controller
class DemandController {

    static final String DEMAND_VIEW = "matching/demand";

    private final DemandSupply demandSupply;
    private final ReferenceCatalog reference;

    DemandController(DemandSupply demandSupply, ReferenceCatalog reference) {
        this.demandSupply = demandSupply;
        this.reference = reference;
    }

    @GetMapping("/demand")
    String demand(@AuthenticationPrincipal CurrentUser user, Model model) {
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
