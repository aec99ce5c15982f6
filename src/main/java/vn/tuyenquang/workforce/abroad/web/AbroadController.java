package vn.tuyenquang.workforce.abroad.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.abroad.AbroadReport;
import vn.tuyenquang.workforce.abroad.Countries;
import vn.tuyenquang.workforce.abroad.DepartureForm;
import vn.tuyenquang.workforce.abroad.Departures;
import vn.tuyenquang.workforce.abroad.DeparturesFile;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.CsvDownload;
import vn.tuyenquang.workforce.system.Forms;
import vn.tuyenquang.workforce.system.PageAccess;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.system.ReportYears;
import vn.tuyenquang.workforce.system.Refusal;

/** Work abroad: the year's figures and departures, the form, the file, and a worker's return. */
@Controller
class AbroadController {

    static final String REPORT_VIEW = "abroad/report";
    static final String FORM_VIEW = "abroad/form";

    private final AbroadReport report;
    private final Departures departures;
    private final DeparturesFile file;
    private final ReferenceCatalog reference;
    private final MessageSource messages;
    private final Clock clock;

    AbroadController(AbroadReport report, Departures departures, DeparturesFile file, ReferenceCatalog reference,
                     MessageSource messages, Clock clock) {
        this.report = report;
        this.departures = departures;
        this.file = file;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/abroad")
    String report(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model,
                  Locale locale) {
        return reportPage(user, yearOf(year), model, locale);
    }

    @PostMapping("/abroad/import")
    String load(@RequestParam("file") MultipartFile upload, @AuthenticationPrincipal CurrentUser user, Model model,
                Locale locale) throws IOException {
        try (InputStream in = upload.getInputStream()) {
            model.addAttribute("loaded", file.load(user, in));
        } catch (Refusal refused) {
            model.addAttribute("problem", refused.messageKey());
        }
        return reportPage(user, yearOf(null), model, locale);
    }

    @GetMapping("/abroad/template.csv")
    ResponseEntity<Resource> template() {
        return CsvDownload.contractFile("work-abroad", "departures-template.csv");
    }

    @GetMapping("/abroad/new")
    String newDeparture(Model model, Locale locale) {
        model.addAttribute("form", DepartureForm.empty());
        return form(model, locale);
    }

    /** Posted, so that the worker's citizen ID never sits in an address. */
    @PostMapping("/abroad")
    String record(@Valid @ModelAttribute("form") DepartureForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes flash) {
        if (Forms.succeeds(errors, () -> departures.check(user, form), () -> departures.record(user, form))) {
            flash.addFlashAttribute("message", "departure.saved");
            return "redirect:/abroad?year=" + form.departedOn().getYear();
        }
        return form(model, locale);
    }

    @PostMapping("/abroad/{id}/return")
    String returned(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate on, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        try {
            departures.recordReturn(user, id, on);
            flash.addFlashAttribute("message", "departure.returnSaved");
        } catch (Refusal refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/abroad?year=" + (on == null ? yearOf(null) : on.getYear());
    }

    /** One line per figure: the breakdown, its key, the key's name and the workers counted. */
    @GetMapping("/abroad.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
                               Locale locale) {
        AbroadReport.Report r = report.of(user, yearOf(year));
        Map<String, String> communes = reference.communeNames();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("digital.csv.year", locale), text("digital.csv.breakdown", locale),
                text("digital.csv.code", locale), text("digital.csv.name", locale), text("abroad.workers", locale)));
        String y = Integer.toString(r.year());
        rows.add(List.of(y, text("abroad.left", locale), "", "", Integer.toString(r.left())));
        rows.add(List.of(y, text("abroad.returned", locale), "", "", Integer.toString(r.returned())));
        rows.add(List.of(y, text("abroad.trainedBefore", locale), "", "", Integer.toString(r.trainedBefore())));
        rows.add(List.of(y, text("abroad.trainedInTrade", locale), "", "", Integer.toString(r.trainedInTrade())));
        r.byCommune().forEach((k, v) -> rows.add(List.of(y, text("abroad.byCommune", locale), k,
                communes.getOrDefault(k, ""), v.toString())));
        r.byCountry().forEach((k, v) -> rows.add(List.of(y, text("abroad.byCountry", locale), k,
                Countries.name(k, locale), v.toString())));
        r.byOccupation().forEach((k, v) -> rows.add(List.of(y, text("abroad.byOccupation", locale), k,
                reference.occupation(k).map(o -> o.title(locale)).orElse(""), v.toString())));
        r.bySex().forEach((k, v) -> rows.add(List.of(y, text("abroad.bySex", locale), k,
                text("person.sex." + k, locale), v.toString())));
        return CsvDownload.of("di-lam-viec-o-nuoc-ngoai-" + r.year() + ".csv", rows);
    }

    private String reportPage(CurrentUser user, int year, Model model, Locale locale) {
        model.addAttribute("report", report.of(user, year));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("occupations", reference.occupationsByCode());
        model.addAttribute("countryNames", countryNames(locale));
        model.addAttribute("today", ProvinceTime.today(clock));
        model.addAttribute("years", ReportYears.choices(clock));
        return REPORT_VIEW;
    }

    private String form(Model model, Locale locale) {
        model.addAttribute("countries", Countries.all(locale));
        return FORM_VIEW;
    }

    private static Map<String, String> countryNames(Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        Countries.all(locale).forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    private int yearOf(Integer year) {
        return ReportYears.chosen(year, clock, false);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess abroadPages() {
            return paths -> paths.requestMatchers("/abroad", "/abroad/**", "/abroad.csv", "/api/abroad", "/api/abroad/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name(), Role.COMMUNE_OFFICER.name());
        }
    }
}
