package vn.tuyenquang.workforce.accounts.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.AuditTrail;

/** The audit trail for the department and administrators: read-only, newest first, with filters. */
@Controller
class AuditController {

    static final String AUDIT_VIEW = "accounts/audit";
    static final int PAGE_LIMIT = 200;
    /** Dates on the page are the province's calendar days. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String actor,
                 @RequestParam(required = false) String recordType,
                 @RequestParam(required = false) String recordId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 Model model) {
        var query = new AuditTrail.Query(blankToNull(actor), blankToNull(recordType), blankToNull(recordId),
                from == null ? null : within(from).atStartOfDay(VIETNAM).toInstant(),
                to == null ? null : within(to).plusDays(1).atStartOfDay(VIETNAM).toInstant());
        model.addAttribute("events", audit.search(query, PAGE_LIMIT));
        model.addAttribute("recordTypes", audit.recordTypes());
        model.addAttribute("limit", PAGE_LIMIT);
        model.addAttribute("zone", VIETNAM);
        return AUDIT_VIEW;
    }

    /** A filter date typed far out of any audit trail's range is taken as its edge, not as an error. */
    private static LocalDate within(LocalDate date) {
        return date.isBefore(EARLIEST) ? EARLIEST : date.isAfter(LATEST) ? LATEST : date;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
