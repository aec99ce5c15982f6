package vn.tuyenquang.workforce.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An uploaded file is evidence while its import can still be resumed or questioned: it is deleted once the
 * retention period ({@link ImportSettings#retention()}) has passed since the import ended (or, for one that
 * never finished, since it was uploaded). The import's page then says when it was deleted; its report stays.
 */
@Component
class ImportFileRetention {

    private static final Logger log = LoggerFactory.getLogger(ImportFileRetention.class);

    private final ImportRepository imports;
    private final ImportStorage storage;
    private final ImportSettings settings;
    private final Clock clock;

    ImportFileRetention(ImportRepository imports, ImportStorage storage, ImportSettings settings, Clock clock) {
        this.imports = imports;
        this.storage = storage;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    @SchedulerLock(name = "import-file-retention")
    void deleteExpiredFiles() {
        deleteFilesEndedBefore(clock.instant().minus(settings.retention()));
    }

    /** Deletes the stored files of imports that ended before {@code before}; returns how many. */
    int deleteFilesEndedBefore(Instant before) {
        int deleted = 0;
        for (ImportRun run : imports.filesKeptSince(before)) {
            storage.delete(Path.of(run.storedPath()));
            imports.fileDeleted(run.id(), clock.instant());
            deleted++;
        }
        if (deleted > 0) {
            log.info("Deleted {} uploaded files at the end of their retention", deleted);
        }
        return deleted;
    }
}
