package vn.tuyenquang.workforce.people.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * A person's record, for the staff whose scope includes them: the phone is shown only on request and
 * each showing is audited; consent to be found by employers is given or withdrawn here, on the
 * person's request; and everything held about them can be exported for them (Decree 13/2023/NĐ-CP).
 */
@Controller
class PersonController {

    static final String PERSON_VIEW = "people/person";

    private final PersonRecords records;
    private final ReferenceCatalog reference;

    PersonController(PersonRecords records, ReferenceCatalog reference) {
        this.records = records;
        this.reference = reference;
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(records.view(user, id), false, model);
    }

    @PostMapping("/people/{id}/reveal")
    String reveal(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Person person = records.viewWhole(user, id);
        records.revealed(id, "phone");
        return page(person, true, model);
    }

    @PostMapping("/people/{id}/consent")
    String consent(@PathVariable UUID id, @RequestParam boolean consent, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes flash) {
        records.viewWhole(user, id);
        records.setConsent(id, consent);
        flash.addFlashAttribute("message", consent ? "person.consent.given" : "person.consent.withdrawn");
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/export.json")
    ResponseEntity<Map<String, Object>> export(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        records.viewWhole(user, id);
        records.revealed(id, "export");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("du-lieu-ca-nhan-" + id + ".json").build().toString())
                .body(records.export(id));
    }

    private String page(Person person, boolean phoneShown, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("phoneShown", phoneShown);
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("whole", !person.identityOnlyView());
        model.addAttribute("ethnicGroup", person.ethnicCode() == null ? null
                : reference.ethnicGroup(person.ethnicCode()).orElse(null));
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        return PERSON_VIEW;
    }

    /** Person records are for the department, administrators, commune officers and centre staff, each in scope. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess personPages() {
            return paths -> paths.requestMatchers("/people/**").hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name(),
                    Role.COMMUNE_OFFICER.name(), Role.CENTRE_STAFF.name());
        }
    }
}
