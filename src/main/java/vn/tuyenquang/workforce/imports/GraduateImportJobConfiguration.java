package vn.tuyenquang.workforce.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tuyenquang.workforce.system.BackgroundJobs;
import vn.tuyenquang.workforce.people.Provenance;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Course;
import vn.tuyenquang.workforce.training.GraduateRecords;

/**
 * The graduates import: the shared chunk step ({@link ImportSteps}) turning each line into a checked
 * graduate or a rejected row, and saving each chunk of good rows at once.
 */
@Configuration(proxyBeanMethods = false)
class GraduateImportJobConfiguration {

    @Bean
    Job graduateImport(JobRepository jobs, Step importGraduateRanges, ImportEnd end) {
        return new JobBuilder(ImportKind.GRADUATES.job(), jobs).listener(end).start(importGraduateRanges).build();
    }

    /** A large file is written by several workers at once, each over its own range of records. */
    @Bean
    Step importGraduateRanges(JobRepository jobs, Step importGraduates, ImportSettings settings) {
        return ImportSteps.partitioned("importGraduateRanges", jobs, importGraduates, settings.workers(),
                BackgroundJobs.pool("import-worker", settings.workers() * ImportsConfiguration.IMPORTS_AT_ONCE));
    }

    @Bean
    Step importGraduates(JobRepository jobs, PlatformTransactionManager transactions,
                         ImportFileReader graduateReader,
                         ItemProcessor<ImportLine, ImportedRow<GraduateRecords.Checked>> graduateProcessor,
                         ItemWriter<ImportedRow<GraduateRecords.Checked>> graduateWriter, ImportRepository imports,
                         ImportPacing pacing) {
        return ImportSteps.step("importGraduates", jobs, transactions, graduateReader, graduateProcessor, graduateWriter,
                imports, pacing);
    }

    @Bean
    @StepScope
    ImportFileReader graduateReader(@Value("#{jobParameters['file']}") String file,
                                                    @Value("#{jobParameters['delimiter']}") String delimiter,
                                                    @Value("#{jobParameters['columns']}") String columns,
                                  @Value("#{jobParameters['import']}") String importId,
                                                    @Value("#{stepExecutionContext['from']}") Integer from,
                                                    @Value("#{stepExecutionContext['to']}") Integer to) {
        return ImportSteps.reader("graduateReader", file, delimiter, columns, importId).range(from, to);
    }

    @Bean
    @StepScope
    ItemProcessor<ImportLine, ImportedRow<GraduateRecords.Checked>> graduateProcessor(
            GraduateRecords records, @Value("#{jobParameters['centre']}") String centre) {
        Map<String, Course> courses = records.coursesOf(UUID.fromString(centre));
        // Certificate numbers of this run and the learner and course each was first given for, so that two
        // rows of the file cannot give one number to two learners (a row repeated as it is may).
        Map<String, String> numbersSeen = new HashMap<>();
        return line -> {
            GraduateRecords.Checked checked = GraduateLineParser.parse(line, records, courses);
            String number = checked.graduate().certificateNumber();
            if (number != null && !number.isBlank()) {
                String learner = checked.person().citizenId().value() + "/" + checked.course().id();
                String first = numbersSeen.putIfAbsent(Certificate.numberKey(number), learner);
                if (first != null && !first.equals(learner)) {
                    throw new RejectedRow(line, List.of(new RejectedRow.Problem(GraduateColumns.CERTIFICATE,
                            line.value(GraduateColumns.CERTIFICATE), "import.certificate.repeated")));
                }
            }
            return new ImportedRow<>(line, checked);
        };
    }

    /** Saves a chunk at once and records each row's outcome, a row clashing with saved records as rejected. */
    @Bean
    @StepScope
    ItemWriter<ImportedRow<GraduateRecords.Checked>> graduateWriter(GraduateRecords records, ImportRepository imports,
                                          TableStatistics statistics,
                                          @Value("#{jobParameters['centre']}") String centre,
                                          @Value("#{jobParameters['import']}") String importId,
                                          @Value("#{stepExecution}") StepExecution step) {
        UUID centreId = UUID.fromString(centre);
        UUID run = UUID.fromString(importId);
        return chunk -> {
            List<ImportedRow<GraduateRecords.Checked>> items = List.copyOf(chunk.getItems());
            List<GraduateRecords.Saved> saved = records.saveAll(centreId, items.stream().map(ImportedRow::value).toList(),
                    items.stream().map(item -> new Provenance(run, item.line().rowNumber())).toList());
            List<ImportLine> done = new ArrayList<>();
            List<RowOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ImportLine line = items.get(i).line();
                GraduateRecords.Saved result = saved.get(i);
                if (result.refused()) {
                    String column = GraduateColumns.ofField(result.field());
                    imports.reject(run, new RejectedRow(line,
                            List.of(new RejectedRow.Problem(column, line.value(column), result.messageKey()))));
                } else {
                    done.add(line);
                    outcomes.add(RowOutcome.of(result.outcome()));
                }
            }
            imports.recordOutcomes(run, done, outcomes);
            statistics.afterChunk(step.getCommitCount() + 1,
                    List.of(records::refreshStatistics, imports::refreshStatistics));
        };
    }
}
