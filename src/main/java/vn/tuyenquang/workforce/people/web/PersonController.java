package vn.tuyenquang.workforce.people.web;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
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
import vn.tuyenquang.workforce.people.PersonView;
import vn.tuyenquang.workforce.people.PersonalData;
import vn.tuyenquang.workforce.people.RevealReason;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * A person's record, for the staff whose scope includes them, with their training, certificates, consents, employers'
 * contact requests and hires: the phone is shown only on request, for a reason chosen from a short list, and each
 * showing is audited with it; consent to be found by employers is given or withdrawn here, on the
 * person's request; and everything held about them can be exported for them (Decree 13/2023/NĐ-CP).
 */
@Controller
class PersonController {

    static final String PERSON_VIEW = "people/person";
    static final String EXPORT_VIEW = "people/export";

    private final PersonRecords records;
    private final PersonalData personalData;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    PersonController(PersonRecords records, PersonalData personalData, ReferenceCatalog reference,
                     MessageSource messages) {
        this.records = records;
        this.personalData = personalData;
        this.reference = reference;
        this.messages = messages;
    }

    /** The record; the phone in full only on the visit that follows a reveal (a flash attribute, never the URL). */
    @GetMapping("/people/{id}")
    String person(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        boolean phoneShown = Boolean.TRUE.equals(model.getAttribute("phoneShown"));
        return page(phoneShown ? records.viewWhole(user, id) : records.view(user, id), phoneShown, model, locale);
    }

    /** Shows the phone for the reason chosen, audited with it, back on the record (no reason, no phone). */
    @PostMapping("/people/{id}/reveal")
    String reveal(@PathVariable UUID id, @RequestParam(required = false) RevealReason reason,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        records.viewWhole(user, id);
        if (reason == null) {
            flash.addFlashAttribute("problem", "person.reveal.reasonRequired");
        } else {
            records.revealed(id, "phone", reason);
            flash.addFlashAttribute("phoneShown", true);
        }
        return "redirect:/people/" + id + "#phone";
    }

    @PostMapping("/people/{id}/consent")
    String consent(@PathVariable UUID id, @RequestParam boolean consent, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes flash) {
        records.viewWhole(user, id);
        records.setConsent(id, consent);
        flash.addFlashAttribute("message", consent ? "person.consent.given" : "person.consent.withdrawn");
        return "redirect:/people/" + id;
    }

    /** Everything held about the person, in their language, as JSON; each export is audited as the person's request. */
    @GetMapping("/people/{id}/export.json")
    ResponseEntity<Map<String, Object>> export(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
                                               Locale locale) {
        records.viewWhole(user, id);
        records.revealed(id, "export", RevealReason.PERSON_ASKED);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("du-lieu-ca-nhan-" + id + ".json").build().toString())
                .body(personalData.of(id, locale).asJson(messages.getMessage("record.identity", null, locale)));
    }

    /** The same, as a page to print and hand to the person. */
    @GetMapping("/people/{id}/export")
    String printable(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        records.viewWhole(user, id);
        records.revealed(id, "export", RevealReason.PERSON_ASKED);
        model.addAttribute("personId", id);
        model.addAttribute("sheet", personalData.of(id, locale));
        return EXPORT_VIEW;
    }

    private String page(PersonView person, boolean phoneShown, Model model, Locale locale) {
        boolean whole = person.whole();
        model.addAttribute("person", person);
        model.addAttribute("phoneShown", phoneShown);
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("whole", whole);
        model.addAttribute("ethnicGroup", person instanceof Person full && full.ethnicCode() != null
                ? reference.ethnicGroup(full.ethnicCode()).orElse(null) : null);
        model.addAttribute("levels", reference.qualificationLevelsByCode());
        model.addAttribute("revealReasons", RevealReason.values());
        model.addAttribute("sections", whole ? personalData.sections(person.id(), locale) : List.of());
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
