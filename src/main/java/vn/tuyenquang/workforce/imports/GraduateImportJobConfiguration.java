package vn.tuyenquang.workforce.imports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.item.file.transform.FieldSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tuyenquang.workforce.people.InvalidValueException;
import vn.tuyenquang.workforce.training.Course;
import vn.tuyenquang.workforce.training.GraduateRecords;

/**
 * The graduates import: a chunk-oriented step that reads the stored file line by line, turns each line
 * into a checked graduate or a rejected row (skipped, its problems recorded in the same transaction),
 * and saves each chunk of good rows at once. Spring Batch keeps the restart point with every commit, so
 * a restarted import resumes after the last committed chunk: nothing is lost or written twice.
 */
@Configuration(proxyBeanMethods = false)
class GraduateImportJobConfiguration {

    static final String JOB = "graduateImport";
    static final int CHUNK = 1000;

    @Bean
    Job graduateImport(JobRepository jobs, Step importGraduates) {
        return new JobBuilder(JOB, jobs).start(importGraduates).build();
    }

    @Bean
    Step importGraduates(JobRepository jobs, PlatformTransactionManager transactions,
                         FlatFileItemReader<GraduateLine> graduateReader,
                         ItemProcessor<GraduateLine, ImportItem> graduateProcessor,
                         ItemWriter<ImportItem> graduateWriter, ImportRepository imports) {
        RejectedRowRecorder recorder = new RejectedRowRecorder(imports);
        return new StepBuilder("importGraduates", jobs)
                .<GraduateLine, ImportItem>chunk(CHUNK, transactions)
                .reader(graduateReader)
                .processor(graduateProcessor)
                .writer(graduateWriter)
                .faultTolerant()
                .skip(RejectedRow.class)
                .skipLimit(Integer.MAX_VALUE)
                .listener((SkipListener<GraduateLine, ImportItem>) recorder)
                .listener((StepExecutionListener) recorder)
                .listener(new ActingAsUploader())
                .build();
    }

    @Bean
    @StepScope
    FlatFileItemReader<GraduateLine> graduateReader(@Value("#{jobParameters['file']}") String file,
                                                    @Value("#{jobParameters['delimiter']}") String delimiter,
                                                    @Value("#{jobParameters['columns']}") String columns) {
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(delimiter);
        tokenizer.setNames(columns.split(","));
        tokenizer.setStrict(false);
        return new FlatFileItemReaderBuilder<GraduateLine>()
                .name("graduateReader")
                .resource(new FileSystemResource(Path.of(file)))
                .encoding("UTF-8")
                .linesToSkip(1)
                .lineMapper((line, number) -> line(tokenizer.tokenize(line), number))
                .build();
    }

    @Bean
    @StepScope
    ItemProcessor<GraduateLine, ImportItem> graduateProcessor(
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
                GraduateLine line = items.get(rejection.index()).line();
                String column = GraduateColumns.ofField(rejection.field());
                imports.addErrors(run, new RejectedRow(line,
                        List.of(new RejectedRow.Problem(column, line.value(column), rejection.messageKey()))));
            }
            statistics.afterChunk(step.getCommitCount() + 1, TableStatistics.GRADUATE_TABLES);
        };
    }

    private static GraduateLine line(FieldSet fields, int number) {
        Map<String, String> values = new HashMap<>();
        for (String name : fields.getNames()) {
            values.put(name, fields.readRawString(name));
        }
        return new GraduateLine(number, values);
    }

    /** Writes a skipped row's problems to the error report, in the chunk's transaction. */
    static class RejectedRowRecorder implements SkipListener<GraduateLine, ImportItem>, StepExecutionListener {

        private final ImportRepository imports;
        private UUID importId;

        RejectedRowRecorder(ImportRepository imports) {
            this.imports = imports;
        }

        @Override
        public void beforeStep(StepExecution step) {
            importId = UUID.fromString(step.getJobParameters().getString("import"));
        }

        @Override
        public void onSkipInProcess(GraduateLine line, Throwable t) {
            if (t instanceof RejectedRow rejected) {
                imports.addErrors(importId, rejected);
            }
        }
    }

    /** The audit trail names the person who uploaded the file as the author of every record it creates. */
    static class ActingAsUploader implements StepExecutionListener {

        @Override
        public void beforeStep(StepExecution step) {
            String uploader = step.getJobParameters().getString("uploadedBy");
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(uploader, null, List.of()));
        }

        @Override
        public ExitStatus afterStep(StepExecution step) {
            SecurityContextHolder.clearContext();
            return null;
        }
    }
}
