package vn.tuyenquang.workforce.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.AuditSubjects;
import vn.tuyenquang.workforce.system.RecordIds;

/** An import in the audit trail's sentences, by the name of its file. */
@Component
class ImportAuditSubjects implements AuditSubjects {

    private final ImportRepository imports;

    ImportAuditSubjects(ImportRepository imports) {
        this.imports = imports;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("import_run");
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> recordIds) {
        Map<String, String> names = new HashMap<>();
        RecordIds.parse(recordIds).forEach(id -> imports.find(id)
                .ifPresent(run -> names.put(id.toString(), "“" + run.fileName() + "”")));
        return names;
    }
}
