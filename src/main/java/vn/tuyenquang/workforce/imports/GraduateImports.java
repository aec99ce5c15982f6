package vn.tuyenquang.workforce.imports;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.JobParameters;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.training.TrainingCentre;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * A centre's graduates files: the upload (checked at once for being a graduates file at all), which
 * starts the import in the background, and the centre's history of imports.
 */
@Service
public class GraduateImports {

    private final ImportRuns runs;
    private final ImportRepository imports;
    private final ImportStorage storage;
    private final TrainingRegistry training;
    private final Clock clock;

    GraduateImports(ImportRuns runs, ImportRepository imports, ImportStorage storage, TrainingRegistry training,
                    Clock clock) {
        this.runs = runs;
        this.imports = imports;
        this.storage = storage;
        this.training = training;
        this.clock = clock;
    }

    /**
     * Stores the file, checks its header and starts the import in the background.
     *
     * @throws ImportFileException when the file is not a graduates CSV or XLSX file at all
     */
    public ImportRun upload(CurrentUser user, UUID centreId, String fileName, InputStream content) {
        TrainingCentre centre = training.centre(user, centreId);
        UUID id = UUID.randomUUID();
        ImportStorage.Received received = storage.receive(id, content, ImportKind.GRADUATES);
        ImportRun run = ImportRun.received(id, ImportKind.GRADUATES, centre.id(), null, fileName, received,
                user.getUsername(), clock.instant());
        JobParameters parameters = ImportRuns.parameters(run, received.layout())
                .addString("centre", centre.id().toString())
                .toJobParameters();
        return runs.start(run, parameters);
    }

    public List<ImportRuns.Progress> history(CurrentUser user, UUID centreId) {
        training.centre(user, centreId);
        return imports.ofCentre(centreId, 50).stream().map(runs::progressOf).toList();
    }
}
