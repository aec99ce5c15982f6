package vn.tuyenquang.workforce.accounts.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.AuditEntries;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.system.CsvDownload;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * The audit trail for the department and administrators: read-only, newest first, each event a sentence with what
 * changed; filtered by who, kind of record, record and days; in pages, and as CSV with the same filters.
 */
@Controller
class AuditController {

    static final String AUDIT_VIEW = "accounts/audit";
    static final int PAGE_SIZE = 50;
    /** The most events one CSV holds. */
    static final int CSV_LIMIT = 100_000;
    /** Dates on the page are the province's calendar days. */
    static final ZoneId VIETNAM = ProvinceTime.ZONE;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final AuditTrail audit;
    private final AuditEntries entries;
    private final MessageSource messages;

    AuditController(AuditTrail audit, AuditEntries entries, MessageSource messages) {
        this.audit = audit;
        this.entries = entries;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String actor,
                 @RequestParam(required = false) String recordType,
                 @RequestParam(required = false) String recordId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        model.addAttribute("found", entries.page(query(actor, recordType, recordId, from, to), page, PAGE_SIZE, locale));
        model.addAttribute("recordTypes", audit.recordTypes());
        model.addAttribute("zone", VIETNAM);
        return AUDIT_VIEW;
    }

    @GetMapping("/audit/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String recordType,
                                  @RequestParam(required = false) String recordId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("audit.time", locale), text("audit.actor", locale), text("audit.username", locale),
                text("audit.action", locale), text("audit.event", locale), text("audit.changes", locale)));
        for (AuditEntries.Entry entry : entries.all(query(actor, recordType, recordId, from, to), CSV_LIMIT, locale)) {
            rows.add(List.of(MOMENT.format(entry.event().occurredAt().atZone(VIETNAM)), entry.actor(), entry.event().actor(),
                    text("audit.action." + entry.event().action(), locale), entry.sentence(), entry.changesLine()));
        }
        return CsvDownload.of("nhat-ky-thay-doi.csv", rows);
    }

    private static AuditTrail.Query query(String actor, String recordType, String recordId, LocalDate from, LocalDate to) {
        return new AuditTrail.Query(blankToNull(actor), blankToNull(recordType), blankToNull(recordId),
                from == null ? null : within(from).atStartOfDay(VIETNAM).toInstant(),
                to == null ? null : within(to).plusDays(1).atStartOfDay(VIETNAM).toInstant());
    }

    /** A filter date typed far out of any audit trail's range is taken as its edge, not as an error. */
    private static LocalDate within(LocalDate date) {
        return date.isBefore(EARLIEST) ? EARLIEST : date.isAfter(LATEST) ? LATEST : date;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
