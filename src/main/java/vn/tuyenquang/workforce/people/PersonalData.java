package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * Everything held about a person, as the person and their record's keepers read it (Decree 13/2023/NĐ-CP): who they
 * are, in words rather than codes; the qualifications the register counts; each change of their consent to be found;
 * and every part other modules keep ({@link PersonRecordPart}: training and certificates, employers' contact requests,
 * hires). The record page shows the sections; the export gives the same, as JSON and as a printable page. Access is
 * the caller's to check ({@link PersonRecords#viewWhole}).
 */
@Service
public class PersonalData {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Everything about one person: the identity as label → value, then the sections of the record. */
    public record Sheet(String fullName, LocalDate madeOn, Map<String, String> identity, List<RecordSection> sections) {

        /** The sheet as JSON reads it: labels and titles in the reader's language, rows as label → value. */
        public Map<String, Object> asJson(String identityTitle) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put(identityTitle, identity);
            sections.forEach(section -> json.put(section.title(), section.labelledRows()));
            return json;
        }
    }

    private final PersonRepository persons;
    private final QualificationRepository qualifications;
    private final ReferenceCatalog reference;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ObjectProvider<PersonRecordPart> parts;
    private final java.time.Clock clock;

    PersonalData(PersonRepository persons, QualificationRepository qualifications, ReferenceCatalog reference,
                 MessageSource messages, AuditTrail audit, ObjectProvider<PersonRecordPart> parts, java.time.Clock clock) {
        this.persons = persons;
        this.qualifications = qualifications;
        this.reference = reference;
        this.messages = messages;
        this.audit = audit;
        this.parts = parts;
        this.clock = clock;
    }

    /** The whole sheet: identity and every section. */
    public Sheet of(UUID personId, Locale locale) {
        Person p = persons.findById(personId).orElseThrow(() -> new InvalidValueException("person.notFound"));
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put(text("person.citizenId", locale), p.citizenId().value());
        identity.put(text("person.fullName", locale), p.fullName());
        identity.put(text("person.birthDate", locale), DAY.format(p.birthDate()));
        identity.put(text("person.sex", locale), text("person.sex." + p.sex(), locale));
        identity.put(text("person.ethnicGroup", locale), p.ethnicCode() == null ? ""
                : reference.ethnicGroup(p.ethnicCode()).map(g -> g.name()).orElse(p.ethnicCode()));
        identity.put(text("person.commune", locale), reference.communeNames().getOrDefault(p.communeCode(), p.communeCode()));
        identity.put(text("person.phone", locale), p.phone().map(PhoneNumber::value).orElse(""));
        identity.put(text("person.labourStatus", locale), text("person.labourStatus." + p.labourStatus(), locale));
        identity.put(text("person.consent.title", locale), text(p.consentToBeFound() ? "common.yes" : "common.no", locale));
        identity.put(text("record.recordedSince", locale), DAY.format(ProvinceTime.dayOf(p.createdAt())));
        return new Sheet(p.fullName(), ProvinceTime.today(clock), identity, sections(personId, locale));
    }

    /** The sections of the record after the identity: the register's own, then each other module's. */
    public List<RecordSection> sections(UUID personId, Locale locale) {
        List<RecordSection> sections = new ArrayList<>();
        sections.add(qualifications(personId, locale));
        sections.add(consents(personId, locale));
        parts.orderedStream().forEach(part -> sections.addAll(part.about(personId, locale)));
        return sections;
    }

    private RecordSection qualifications(UUID personId, Locale locale) {
        List<List<String>> rows = qualifications.of(personId).stream().map(fact -> List.of(
                reference.qualificationLevel((String) fact.get("level")).map(l -> l.name(locale)).orElse((String) fact.get("level")),
                fact.get("occupation") == null ? "" : reference.occupation((String) fact.get("occupation"))
                        .map(o -> o.code() + " · " + o.title(locale)).orElse((String) fact.get("occupation")),
                text("record.qualifications.source." + fact.get("source"), locale),
                fact.get("acquiredOn") == null ? "" : DAY.format(LocalDate.parse((String) fact.get("acquiredOn")))))
                .toList();
        return new RecordSection(text("record.qualifications", locale), List.of(text("record.training.level", locale),
                text("record.training.occupation", locale), text("record.qualifications.source", locale),
                text("record.qualifications.acquiredOn", locale)), rows);
    }

    /** Each recorded change of the consent to be found, oldest first, from the audit trail. */
    private RecordSection consents(UUID personId, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<AuditTrail.Event> events = new ArrayList<>(audit.search(
                new AuditTrail.Query(null, Person.RECORD_TYPE, personId.toString(), null, null), 1_000));
        java.util.Collections.reverse(events);
        for (AuditTrail.Event event : events) {
            JsonNode after = event.afterState();
            if (event.action() == AuditTrail.Action.UPDATE && after != null && after.has("consentToBeFound")) {
                rows.add(List.of(MOMENT.format(event.occurredAt().atZone(ProvinceTime.ZONE)),
                        text(after.get("consentToBeFound").asBoolean() ? "record.consents.given" : "record.consents.withdrawn", locale)));
            }
        }
        return new RecordSection(text("record.consents", locale),
                List.of(text("record.consents.at", locale), text("record.consents.change", locale)), rows);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
