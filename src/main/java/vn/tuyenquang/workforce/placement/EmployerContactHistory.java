package vn.tuyenquang.workforce.placement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.employers.VacancySummary;
import vn.tuyenquang.workforce.people.PersonRecordPart;
import vn.tuyenquang.workforce.people.RecordSection;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * The employers who took an interest in a person, as their record and their personal-data export show it: each
 * shortlisting with the contact request and the person's answer to it, and each hire with its day.
 */
@Component
@Order(20)
class EmployerContactHistory implements PersonRecordPart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ShortlistRepository shortlists;
    private final VacancyReads vacancies;
    private final MessageSource messages;

    EmployerContactHistory(ShortlistRepository shortlists, VacancyReads vacancies, MessageSource messages) {
        this.shortlists = shortlists;
        this.vacancies = vacancies;
        this.messages = messages;
    }

    @Override
    public List<RecordSection> about(UUID personId, Locale locale) {
        List<ShortlistEntry> entries = shortlists.ofPerson(personId);
        Map<UUID, VacancySummary> summaries = vacancies.summaries(
                entries.stream().map(ShortlistEntry::vacancyId).distinct().toList());
        Map<UUID, LocalDate> hiredOn = shortlists.hiredOnByEntry(personId);
        List<List<String>> contacts = new ArrayList<>();
        List<List<String>> hires = new ArrayList<>();
        for (ShortlistEntry entry : entries) {
            VacancySummary summary = summaries.get(entry.vacancyId());
            String employer = summary.employerName();
            String vacancy = summary.vacancy().title();
            contacts.add(List.of(employer, vacancy, day(ProvinceTime.dayOf(entry.createdAt())),
                    entry.contact().requestedAt() == null ? "" : day(ProvinceTime.dayOf(entry.contact().requestedAt())),
                    answer(entry.contact(), locale)));
            if (hiredOn.containsKey(entry.id())) {
                hires.add(List.of(employer, vacancy, day(hiredOn.get(entry.id()))));
            }
        }
        return List.of(
                new RecordSection(text("record.contacts", locale), List.of(text("record.contacts.employer", locale),
                        text("record.contacts.vacancy", locale), text("record.contacts.shortlistedOn", locale),
                        text("record.contacts.requestedOn", locale), text("record.contacts.answer", locale)), contacts),
                new RecordSection(text("record.hires", locale), List.of(text("record.contacts.employer", locale),
                        text("record.contacts.vacancy", locale), text("record.hires.on", locale)), hires));
    }

    private String answer(ContactRequest contact, Locale locale) {
        if (contact.requestedAt() == null) {
            return text("record.contacts.notAsked", locale);
        }
        if (contact.answer() == null) {
            return text("record.contacts.waiting", locale);
        }
        return messages.getMessage("record.contacts.answered", new Object[]{
                text("contact.answer.record." + contact.answer(), locale), day(contact.answeredOn())}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
