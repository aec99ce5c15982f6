package vn.tuyenquang.workforce.placement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.AuditSubjects;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.system.RecordIds;

/** A shortlisting in the audit trail's sentences: the vacancy and the candidate's masked name. */
@Component
class PlacementAuditSubjects implements AuditSubjects {

    private final ShortlistRepository shortlists;
    private final VacancyReads vacancies;
    private final PersonRegister register;
    private final MessageSource messages;

    PlacementAuditSubjects(ShortlistRepository shortlists, VacancyReads vacancies, PersonRegister register,
                           MessageSource messages) {
        this.shortlists = shortlists;
        this.vacancies = vacancies;
        this.register = register;
        this.messages = messages;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("shortlist_entry");
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> recordIds) {
        List<ShortlistEntry> entries = RecordIds.parse(recordIds).stream()
                .flatMap(id -> shortlists.find(id).stream()).toList();
        var titles = vacancies.summaries(entries.stream().map(ShortlistEntry::vacancyId).distinct().toList());
        Map<UUID, String> persons = register.maskedNames(entries.stream().map(ShortlistEntry::personId).toList());
        Map<String, String> names = new HashMap<>();
        for (ShortlistEntry e : entries) {
            UUID person = e.personId();
            names.put(e.id().toString(), messages.getMessage("audit.candidateFor", new Object[]{
                    persons.getOrDefault(person, ""),
                    titles.containsKey(e.vacancyId()) ? titles.get(e.vacancyId()).vacancy().title() : ""},
                    LocaleContextHolder.getLocale()));
        }
        return names;
    }
}
