package vn.tuyenquang.workforce.imports;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.AuditTrail;

/**
 * When an import's step completes: the import is marked finished (its file's retention starts) and its
 * outcome counts are audited, as the uploader, beside the event of its upload.
 */
@Component
class ImportEnd implements StepExecutionListener {

    private final ImportRepository imports;
    private final AuditTrail audit;
    private final Clock clock;

    ImportEnd(ImportRepository imports, AuditTrail audit, Clock clock) {
        this.imports = imports;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            UUID id = UUID.fromString(step.getJobParameters().getString("import"));
            imports.finished(id, clock.instant());
            Map<RowOutcome, Long> counts = imports.outcomeCounts(id);
            audit.changed("import_run", id, null, Map.of("status", "COMPLETED",
                    "created", counts.get(RowOutcome.CREATED), "updated", counts.get(RowOutcome.UPDATED),
                    "unchanged", counts.get(RowOutcome.UNCHANGED), "rejected", counts.get(RowOutcome.REJECTED)));
        }
        return null;
    }
}
