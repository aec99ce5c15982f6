package vn.tuyenquang.workforce.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.AuditSubjects;
import vn.tuyenquang.workforce.system.RecordIds;
import vn.tuyenquang.workforce.text.VietnameseText;

/** Persons in the audit trail's sentences, by their masked name ("B. T. Dính"), never in full. */
@Component
class PersonAuditSubjects implements AuditSubjects {

    private final PersonRepository persons;

    PersonAuditSubjects(PersonRepository persons) {
        this.persons = persons;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(Person.RECORD_TYPE);
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> recordIds) {
        Map<String, String> names = new HashMap<>();
        persons.findByIds(RecordIds.parse(recordIds))
                .forEach(p -> names.put(p.id().toString(), VietnameseText.maskName(p.fullName())));
        return names;
    }
}
