package vn.tuyenquang.workforce.imports;

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
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tuyenquang.workforce.people.InvalidValueException;
import vn.tuyenquang.workforce.training.Course;
import vn.tuyenquang.workforce.training.GraduateRecords;

/**
 * The graduates import: the shared chunk step ({@link ImportSteps}) turning each line into a checked
 * graduate or a rejected row, and saving each chunk of good rows at once.
 */
@Configuration(proxyBeanMethods = false)
class GraduateImportJobConfiguration {

    @Bean
    Job graduateImport(JobRepository jobs, Step importGraduates) {
        return new JobBuilder(ImportKind.GRADUATES.job(), jobs).start(importGraduates).build();
    }

    @Bean
    Step importGraduates(JobRepository jobs, PlatformTransactionManager transactions,
                         FlatFileItemReader<ImportLine> graduateReader,
                         ItemProcessor<ImportLine, ImportItem> graduateProcessor,
                         ItemWriter<ImportItem> graduateWriter, ImportRepository imports) {
        return ImportSteps.step("importGraduates", jobs, transactions, graduateReader, graduateProcessor, graduateWriter,
                imports);
    }

    @Bean
    @StepScope
    FlatFileItemReader<ImportLine> graduateReader(@Value("#{jobParameters['file']}") String file,
                                                    @Value("#{jobParameters['delimiter']}") String delimiter,
                                                    @Value("#{jobParameters['columns']}") String columns) {
        return ImportSteps.reader("graduateReader", file, delimiter, columns);
    }

    @Bean
    @StepScope
    ItemProcessor<ImportLine, ImportItem> graduateProcessor(
            GraduateRecords records, @Value("#{jobParameters['centre']}") String centre) {
        Map<String, Course> courses = records.coursesOf(UUID.fromString(centre));
        // Certificate numbers of this run, so that two rows of one chunk cannot claim the same number.
        Map<String, Integer> numbersSeen = new HashMap<>();
        return line -> {
            try {
                GraduateRecords.Checked checked = records.check(courses, GraduateLineParser.parse(line));
                String number = checked.graduate().certificateNumber();
                if (number != null && !number.isBlank()) {
                    Integer firstRow = numbersSeen.putIfAbsent(number, line.rowNumber());
                    if (firstRow != null && firstRow != line.rowNumber()) {
                        throw new InvalidValueException("certificateNumber", "import.certificate.repeated");
                    }
                }
                return new ImportItem(line, checked);
            } catch (InvalidValueException e) {
                String column = GraduateColumns.ofField(e.field());
                throw new RejectedRow(line, List.of(new RejectedRow.Problem(column, line.value(column), e.messageKey())));
            }
        };
    }

    @Bean
    @StepScope
    ItemWriter<ImportItem> graduateWriter(GraduateRecords records, ImportRepository imports,
                                          TableStatistics statistics,
                                          @Value("#{jobParameters['centre']}") String centre,
                                          @Value("#{jobParameters['import']}") String importId,
                                          @Value("#{stepExecution}") StepExecution step) {
        UUID centreId = UUID.fromString(centre);
        UUID run = UUID.fromString(importId);
        return chunk -> {
            List<ImportItem> items = List.copyOf(chunk.getItems());
            List<GraduateRecords.Rejection> rejections = records.saveAll(centreId,
                    items.stream().map(ImportItem::checked).toList());
            for (GraduateRecords.Rejection rejection : rejections) {
                ImportLine line = items.get(rejection.index()).line();
                String column = GraduateColumns.ofField(rejection.field());
                imports.addErrors(run, new RejectedRow(line,
                        List.of(new RejectedRow.Problem(column, line.value(column), rejection.messageKey()))));
            }
            statistics.afterChunk(step.getCommitCount() + 1, TableStatistics.GRADUATE_TABLES);
        };
    }
}
