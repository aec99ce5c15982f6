package vn.tuyenquang.workforce.indicators.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.IndicatorReport;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * What a report's pages show besides the figures: the map, the communes' names, the scope. The dashboard's two large
 * parts, the map of the 124 communes and the report's tables (most of a view's work, about 3,000 elements), are
 * rendered once per report, language and map colouring and then served as text: a report is a value made from one
 * count of the register, so the same report renders to the same text until the register is counted again.
 */
@Component
class ReportPages {

    /** At most about 16 dashboards' parts kept (about 32 MB); the least recently used go first. */
    private static final long KEPT_CHARACTERS = 16_000_000;

    /**
     * The templates' indentation: a browser shows a run of white space as one space, so a run that holds a line break is
     * kept as that line break (the parts hold no preformatted text). About a fifth of the tables' size.
     */
    private static final Pattern WHITESPACE_WITH_A_LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    /** One rendered part: a fragment of indicators/fragments for one report as read in one language. */
    private record Part(String fragment, IndicatorReport report, Locale locale, String mapRate) {
    }

    private final CommuneMap map;
    private final ReferenceCatalog reference;
    private final ITemplateEngine templates;
    private final Cache<Part, String> rendered = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARACTERS).<Part, String>weigher((part, text) -> text.length()).build();

    ReportPages(CommuneMap map, ReferenceCatalog reference, ITemplateEngine templates) {
        this.map = map;
        this.reference = reference;
        this.templates = templates;
    }

    /** The model of a report's page: the reading, the map and its colouring, the commune's name, the reader's scope. */
    void describe(ReportReading.Reading reading, CurrentUser user, String mapRate, Model model) {
        model.addAttribute("communeMap", map.drawing());
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("mapRate", "certified".equals(mapRate) ? "certified" : "trained");
        model.addAttribute("reading", reading);
        model.addAttribute("report", reading.report());
        model.addAttribute("settings", reading.settings());
        model.addAttribute("chosenCommune", reading.commune().orElse(""));
        model.addAttribute("communeName", reading.commune().flatMap(reference::commune).map(c -> c.name()).orElse(null));
        model.addAttribute("provinceWide", user.role().isProvinceWide());
    }

    /**
     * Adds the dashboard's map and tables, as HTML, to a page described by {@link #describe} ({@code renderedMap},
     * {@code renderedTables}): each rendered at the first view of its report, language and colouring, then the same
     * text for every view until the register is counted again.
     */
    void render(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        // the parts show no "being counted again" label: one rendering serves a count's report with it and without
        IndicatorReport report = ((ReportReading.Reading) model.getAttribute("reading")).report().recounting(false);
        String mapRate = (String) model.getAttribute("mapRate");
        Map<String, Object> variables = new HashMap<>(model.asMap());
        model.addAttribute("renderedMap", render(new Part("dashboard-map", report, locale, mapRate), variables, request, response));
        model.addAttribute("renderedTables", render(new Part("dashboard-tables", report, locale, ""), variables, request, response));
    }

    private String render(Part part, Map<String, Object> variables, HttpServletRequest request, HttpServletResponse response) {
        return rendered.get(part, p -> WHITESPACE_WITH_A_LINE_BREAK.matcher(templates.process("indicators/fragments",
                Set.of(p.fragment()), new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response), p.locale(), variables))).replaceAll("\n"));
    }
}
