package vn.tuyenquang.workforce.employers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.AuditSubjects;
import vn.tuyenquang.workforce.system.RecordIds;

/** Employers and vacancies in the audit trail's sentences, by name and by title. */
@Component
class EmployerAuditSubjects implements AuditSubjects {

    private final EmployerRepository repository;

    EmployerAuditSubjects(EmployerRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("employer", "vacancy");
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> recordIds) {
        Map<String, String> names = new HashMap<>();
        for (var id : RecordIds.parse(recordIds)) {
            if (recordType.equals("employer")) {
                repository.find(id).ifPresent(e -> names.put(id.toString(), e.name()));
            } else {
                repository.findVacancy(id).ifPresent(v -> names.put(id.toString(), "“" + v.title() + "”"));
            }
        }
        return names;
    }
}
