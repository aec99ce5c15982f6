package vn.tuyenquang.workforce.parks.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
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
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.parks.IndustrialParks;
import vn.tuyenquang.workforce.parks.ParkForm;
import vn.tuyenquang.workforce.parks.ParkNames;
import vn.tuyenquang.workforce.parks.ParkReport;
import vn.tuyenquang.workforce.parks.ParksFile;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.CsvDownload;
import vn.tuyenquang.workforce.system.Forms;
import vn.tuyenquang.workforce.system.Refusal;

/**
 * The department's parks: the list (by hand or from a file), the typed names mapped to it, and the figures by park.
 */
@Controller
class ParkController {

    static final String LIST_VIEW = "parks/list";
    static final String FORM_VIEW = "parks/form";
    static final String NAMES_VIEW = "parks/names";

    private final IndustrialParks parks;
    private final ParksFile file;
    private final ParkNames names;
    private final ParkReport report;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    ParkController(IndustrialParks parks, ParksFile file, ParkNames names, ParkReport report, ReferenceCatalog reference,
                   MessageSource messages) {
        this.parks = parks;
        this.file = file;
        this.names = names;
        this.report = report;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/parks")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return listPage(user, model);
    }

    @PostMapping("/parks/import")
    String load(@RequestParam("file") MultipartFile upload, @AuthenticationPrincipal CurrentUser user, Model model)
            throws IOException {
        try (InputStream in = upload.getInputStream()) {
            model.addAttribute("loaded", file.load(in));
        } catch (Refusal refused) {
            model.addAttribute("problem", refused.messageKey());
        }
        return listPage(user, model);
    }

    @GetMapping("/parks/template.csv")
    ResponseEntity<Resource> template() {
        return CsvDownload.contractFile("industrial-parks", "industrial-parks-template.csv");
    }

    @GetMapping("/parks/new")
    String newPark(Model model) {
        model.addAttribute("form", ParkForm.empty());
        return form(null, model);
    }

    @PostMapping("/parks")
    String create(@Valid @ModelAttribute("form") ParkForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        return Forms.submit(errors, () -> parks.check(true, form), () -> parks.create(form))
                .map(saved -> saved(flash))
                .orElseGet(() -> form(null, model));
    }

    @GetMapping("/parks/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("form", ParkForm.of(parks.park(code)));
        return form(parks.park(code).code(), model);
    }

    @PostMapping("/parks/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") ParkForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        String kept = parks.park(code).code();
        return Forms.submit(errors, () -> parks.check(false, form), () -> parks.update(kept, form))
                .map(saved -> saved(flash))
                .orElseGet(() -> form(kept, model));
    }

    @GetMapping("/parks/names")
    String typedNames(Model model) {
        model.addAttribute("typed", names.typed());
        model.addAttribute("parks", parks.all());
        return NAMES_VIEW;
    }

    @PostMapping("/parks/names")
    String map(@RequestParam String text, @RequestParam(required = false) String parkCode,
               @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        names.map(user, text, parkCode);
        flash.addFlashAttribute("message", "parks.names.saved");
        return "redirect:/parks/names";
    }

    /** One line per park and trade: the figures the page shows. */
    @GetMapping("/parks/report.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("parks.csv.code", locale), text("park.name", locale), text("park.kind", locale),
                text("park.commune", locale), text("parks.csv.occupation", locale), text("parks.vacancies", locale),
                text("parks.places", locale), text("parks.hired", locale), text("parks.open", locale),
                text("parks.certifiedInCommune", locale), text("parks.certifiedInProvince", locale), text("parks.gap", locale)));
        var communes = reference.communeNames();
        for (ParkReport.ParkFigures park : report.figures(user)) {
            for (ParkReport.Line line : park.trades()) {
                rows.add(List.of(park.park() == null ? "" : park.park().code(),
                        park.park() == null ? text("parks.unmapped", locale) : park.park().name(),
                        park.park() == null ? "" : park.park().kind().name(),
                        park.park() == null ? "" : communes.getOrDefault(park.park().communeCode(), ""),
                        line.occupationCode(), Integer.toString(line.vacancies()), Integer.toString(line.places()),
                        Integer.toString(line.hired()), Integer.toString(line.open()),
                        park.park() == null ? "" : Long.toString(line.certifiedInCommune()),
                        Long.toString(line.certifiedInProvince()), park.park() == null ? "" : Long.toString(line.gap())));
            }
        }
        return CsvDownload.of("khu-cum-cong-nghiep.csv", rows);
    }

    private String listPage(CurrentUser user, Model model) {
        model.addAttribute("figures", report.figures(user));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("occupations", reference.occupationsByCode());
        model.addAttribute("unmapped", names.typed().stream().filter(t -> t.parkCode() == null).count());
        return LIST_VIEW;
    }

    private static String saved(RedirectAttributes flash) {
        flash.addFlashAttribute("message", "park.saved");
        return "redirect:/parks";
    }

    private String form(String code, Model model) {
        model.addAttribute("parkCode", code);
        model.addAttribute("kinds", vn.tuyenquang.workforce.parks.IndustrialPark.Kind.values());
        model.addAttribute("communes", reference.communes());
        return FORM_VIEW;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
