package vn.tuyenquang.workforce.imports;

import vn.tuyenquang.workforce.system.ProvinceTime;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.JobParameters;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.Indicators;

/**
 * The communes' labour-supply surveys, uploaded by the department: the upload (checked at once for being
 * a survey file at all), which starts the import in the background, and the history of survey imports.
 */
@Service
public class SurveyImports {

    private final ImportRuns runs;
    private final ImportRepository imports;
    private final ImportStorage storage;
    private final Clock clock;

    SurveyImports(ImportRuns runs, ImportRepository imports, ImportStorage storage, Clock clock) {
        this.runs = runs;
        this.imports = imports;
        this.storage = storage;
        this.clock = clock;
    }

    /**
     * Stores the file, checks its header and starts the import of the survey of {@code surveyYear}.
     *
     * @throws ImportFileException when the year is out of range or the file is not a survey file at all
     */
    public ImportRun upload(CurrentUser user, int surveyYear, String fileName, InputStream content) {
        return upload(user, surveyYear, fileName, content, true);
    }

    /**
     * The same; {@code full}: the file is the whole survey of each commune in it, so that the persons of a commune's
     * population it does not list leave that population (a file of corrections to a few persons is not).
     */
    public ImportRun upload(CurrentUser user, int surveyYear, String fileName, InputStream content, boolean full) {
        checkDepartment(user);
        if (surveyYear < Indicators.FIRST_YEAR || surveyYear > ProvinceTime.today(clock).getYear()) {
            throw new ImportFileException("import.survey.year");
        }
        UUID id = UUID.randomUUID();
        ImportStorage.Received received = storage.receive(id, content, ImportKind.LABOUR_SURVEY);
        ImportRun run = ImportRun.received(id, ImportKind.LABOUR_SURVEY, null, surveyYear, fileName, received,
                user.getUsername(), clock.instant());
        JobParameters parameters = ImportRuns.parameters(run, received.layout())
                .addLong("surveyYear", (long) surveyYear)
                .addString("fullSurvey", String.valueOf(full))
                .toJobParameters();
        return runs.start(run, parameters);
    }

    public List<ImportRuns.Progress> history(CurrentUser user) {
        checkDepartment(user);
        return imports.ofKind(ImportKind.LABOUR_SURVEY, 50).stream().map(runs::progressOf).toList();
    }

    private static void checkDepartment(CurrentUser user) {
        if (!user.role().isProvinceWide()) {
            throw new AccessDeniedException("labour surveys are the department's");
        }
    }
}
