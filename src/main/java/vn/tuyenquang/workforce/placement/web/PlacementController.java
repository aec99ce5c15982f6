package vn.tuyenquang.workforce.placement.web;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.placement.Hiring;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.PageAccess;

/** Hires by training centre and by occupation, for the department. */
@Controller
class PlacementController {

    static final String PLACEMENTS_VIEW = "placement/placements";

    private final Hiring hiring;
    private final ReferenceCatalog reference;

    PlacementController(Hiring hiring, ReferenceCatalog reference) {
        this.hiring = hiring;
        this.reference = reference;
    }

    @GetMapping("/placements")
    String placements(@AuthenticationPrincipal CurrentUser user, Model model, java.util.Locale locale) {
        var placements = hiring.placements(user);
        model.addAttribute("byCentre", placements.get("centre"));
        model.addAttribute("byOccupation", placements.get("occupation"));
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        placements.get("occupation").forEach(r -> reference.occupation(r.getKey())
                .ifPresent(o -> titles.put(r.getKey(), o.title(locale))));
        model.addAttribute("occupationTitles", titles);
        return PLACEMENTS_VIEW;
    }

    /**
     * Placements are the department's and the contact queue its record keepers'; shortlists ride on the vacancy pages'
     * access, a person's contacts on the person's.
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess placementPages() {
            return paths -> paths
                    .requestMatchers("/placements").hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name())
                    .requestMatchers("/contacts").hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name(),
                            Role.COMMUNE_OFFICER.name(), Role.CENTRE_STAFF.name())
                    .requestMatchers("/shortlist/**").hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name(),
                            Role.EMPLOYER.name());
        }
    }
}
