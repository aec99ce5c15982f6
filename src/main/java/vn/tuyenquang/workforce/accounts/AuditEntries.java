package vn.tuyenquang.workforce.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.Paged;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * The audit trail as people read it: each event a sentence in the reader's language ("Nguyễn Thị A đã cập nhật chứng
 * chỉ HAN-2026-07 của học viên B. T. Dính") with what changed field by field, before and after. Records are named by
 * their modules ({@link AuditSubjects}); internal ids are never shown, and a citizen ID or a phone only masked.
 */
@Service
public class AuditEntries {

    /** One event as read: who, what, and each field that changed. */
    public record Entry(AuditTrail.Event event, String actor, String sentence, List<Change> changes) {

        /** The changes as one line, for the CSV. */
        public String changesLine() {
            return changes.stream().map(Change::line).collect(Collectors.joining("; "));
        }
    }

    /** A field and its value before and after (either empty when the record was created or deleted). */
    public record Change(String field, String before, String after) {

        String line() {
            return before.isEmpty() ? field + ": " + after : after.isEmpty() ? field + ": " + before
                    : field + ": " + before + " → " + after;
        }
    }

    /** A page of entries and how many the filters find in all. */
    public record Page(List<Entry> entries, long total, int page, int size) implements Paged {
    }

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> MASKED = Set.of("citizenId", "phone", "contactPhone");
    private static final Set<String> LEVELS = Set.of("levelCode", "minLevelCode", "highestLevel");
    private static final Set<String> OCCUPATIONS = Set.of("occupation", "occupationCode");
    /** What an internal id is shown as, when shown beside another value. */
    private static final String AN_ID = "…";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final AuditTrail audit;
    private final AccountRepository accounts;
    private final ObjectProvider<AuditSubjects> subjects;
    private final MessageSource messages;
    private final ReferenceCatalog reference;

    AuditEntries(AuditTrail audit, AccountRepository accounts, ObjectProvider<AuditSubjects> subjects,
                 MessageSource messages, ReferenceCatalog reference) {
        this.reference = reference;
        this.audit = audit;
        this.accounts = accounts;
        this.subjects = subjects;
        this.messages = messages;
    }

    public Page page(AuditTrail.Query query, int page, int size, Locale locale) {
        int from = Math.max(0, page) * size;
        return new Page(read(audit.search(query, from, size), locale), audit.count(query), Math.max(0, page), size);
    }

    /** Every event the filters find, newest first, at most {@code limit}, for the CSV. */
    public List<Entry> all(AuditTrail.Query query, int limit, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        for (int from = 0; from < limit; from += 1_000) {
            List<AuditTrail.Event> events = audit.search(query, from, Math.min(1_000, limit - from));
            entries.addAll(read(events, locale));
            if (events.size() < 1_000) {
                break;
            }
        }
        return entries;
    }

    private List<Entry> read(List<AuditTrail.Event> events, Locale locale) {
        Map<String, String> actors = accounts.displayNamesByUsername(
                events.stream().map(AuditTrail.Event::actor).collect(Collectors.toSet()));
        Map<String, Map<String, String>> names = names(events);
        return events.stream().map(event -> {
            String actor = AuditTrail.SYSTEM_ACTOR.equals(event.actor()) ? text("audit.actor.system", locale)
                    : actors.getOrDefault(event.actor(), event.actor());
            String type = messages.getMessage("audit.type." + event.recordType(), null, event.recordType(), locale);
            String name = names.getOrDefault(event.recordType(), Map.of()).get(event.recordId());
            JsonNode before = event.beforeState();
            JsonNode after = event.afterState();
            Object[] parts = {actor, type, name == null ? "" : name,
                    event.action() == AuditTrail.Action.REVEAL ? revealed(after, locale) : "",
                    after == null ? "" : after.path("revokedReason").asText(after.path("reason").asText(""))};
            String own = messages.getMessage(step(event, after), parts, null, locale);
            String sentence = (own != null ? own : messages.getMessage("audit.sentence." + event.action(), parts, locale))
                    .replace("  ", " ").strip() + reason(after, event.action(), locale);
            List<Change> changes = event.action() == AuditTrail.Action.REVEAL ? List.of() : changes(before, after, locale);
            return new Entry(event, actor, sentence, changes);
        }).toList();
    }

    /** The name of every record the events are about, asked of the module that keeps each type. */
    private Map<String, Map<String, String>> names(List<AuditTrail.Event> events) {
        Map<String, Set<String>> idsByType = new HashMap<>();
        events.forEach(e -> idsByType.computeIfAbsent(e.recordType(), t -> new LinkedHashSet<>()).add(e.recordId()));
        Map<String, Map<String, String>> names = new HashMap<>();
        subjects.orderedStream().forEach(subject -> subject.recordTypes().forEach(type -> {
            Collection<String> ids = idsByType.get(type);
            if (ids != null) {
                names.put(type, subject.names(type, ids));
            }
        }));
        return names;
    }

    /**
     * The sentence's key for a step with a verb of its own: a record moved to a status by a person ("đã thu hồi chứng
     * chỉ …", "đã mở tuyển vị trí …") is {@code audit.sentence.UPDATE.<type>.<status>}; any other keeps its action's.
     */
    private static String step(AuditTrail.Event event, JsonNode after) {
        String status = after == null ? "" : after.path("status").asText("");
        return "audit.sentence." + event.action() + "." + event.recordType() + "." + status;
    }

    /** What was shown, for a showing of personal data. */
    private String revealed(JsonNode after, Locale locale) {
        String what = after == null ? "" : after.path("revealed").asText();
        return messages.getMessage("audit.revealed." + what, null, what, locale);
    }

    /** Why it was shown, as the end of the sentence (lý do: …), when the showing was asked with a reason. */
    private String reason(JsonNode after, AuditTrail.Action action, Locale locale) {
        String reason = after == null || action != AuditTrail.Action.REVEAL ? "" : after.path("reason").asText("");
        return reason.isEmpty() ? "" : messages.getMessage("audit.reason", new Object[]{
                messages.getMessage("person.reveal.reason." + reason, null, reason, locale)}, locale);
    }

    /** Each field that differs between before and after (all of them for a record created or deleted). */
    private List<Change> changes(JsonNode before, JsonNode after, Locale locale) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null && before.isObject()) {
            before.fieldNames().forEachRemaining(fields::add);
        }
        if (after != null && after.isObject()) {
            after.fieldNames().forEachRemaining(fields::add);
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (field.equals("id") || field.endsWith("Id") && !MASKED.contains(field) || field.equals("createdAt")) {
                continue;
            }
            String was = value(field, before == null ? null : before.get(field), locale);
            String is = value(field, after == null ? null : after.get(field), locale);
            boolean anId = (was.isEmpty() || was.equals(AN_ID)) && (is.isEmpty() || is.equals(AN_ID));
            if (!was.equals(is) && !anId) {
                changes.add(new Change(messages.getMessage("audit.field." + field, null, field, locale), was, is));
            }
        }
        return changes;
    }

    /** A value as people write it: dates and moments in the province's calendar, codes named, no internal id. */
    private String value(String field, JsonNode node, Locale locale) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isBoolean()) {
            return text(node.asBoolean() ? "common.yes" : "common.no", locale);
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(value(field, item, locale)));
            return String.join(", ", items);
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            node.fields().forEachRemaining(part -> parts.add(
                    messages.getMessage("audit.field." + part.getKey(), null, part.getKey(), locale) + ": "
                            + value(part.getKey(), part.getValue(), locale)));
            return String.join("; ", parts);
        }
        String text = node.asText();
        if (MASKED.contains(field)) {
            return text.length() <= 3 ? "***" : "*".repeat(text.length() - 3) + text.substring(text.length() - 3);
        }
        if (UUID_TEXT.matcher(text).matches()) {
            return AN_ID;
        }
        if (LEVELS.contains(field)) {
            return reference.qualificationLevel(text).map(level -> level.name(locale)).orElse(text);
        }
        if (OCCUPATIONS.contains(field)) {
            return reference.occupation(text).map(o -> o.title(locale) + " (" + o.code() + ")").orElse(text);
        }
        if (field.equals("communeCode")) {
            return reference.commune(text).map(c -> c.name() + " (" + c.code() + ")").orElse(text);
        }
        if (field.equals("ethnicCode")) {
            return reference.ethnicGroup(text).map(g -> g.name() + " (" + g.code() + ")").orElse(text);
        }
        if (field.endsWith("Vnd") && node.isNumber()) {
            return java.text.NumberFormat.getIntegerInstance(locale).format(node.asLong()) + " ₫";
        }
        try {
            if (text.length() == 10 && text.charAt(4) == '-') {
                return DAY.format(LocalDate.parse(text));
            }
            if (text.length() > 19 && text.charAt(10) == 'T' && text.endsWith("Z")) {
                return MOMENT.format(Instant.parse(text).atZone(ProvinceTime.ZONE));
            }
        } catch (DateTimeParseException notADate) {
            // not a date after all: shown as written
        }
        return messages.getMessage("audit.value." + text, null, text, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
