package vn.tuyenquang.workforce.imports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemReader;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.item.file.transform.FieldSet;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What every import job shares: a reader of the stored CSV, line by line, and a fault-tolerant chunk step
 * whose rejected rows are skipped, their problems recorded in the chunk's transaction, and whose records
 * are audited as created by the uploader. Spring Batch keeps the restart point with every commit, so a
 * restarted import resumes after the last committed chunk: nothing is lost or written twice.
 */
final class ImportSteps {

    static final int CHUNK = 1000;

    private ImportSteps() {
    }

    static FlatFileItemReader<ImportLine> reader(String name, String file, String delimiter, String columns) {
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(delimiter);
        tokenizer.setNames(columns.split(","));
        tokenizer.setStrict(false);
        return new FlatFileItemReaderBuilder<ImportLine>()
                .name(name)
                .resource(new FileSystemResource(Path.of(file)))
                .encoding("UTF-8")
                .linesToSkip(1)
                .lineMapper((line, number) -> line(tokenizer.tokenize(line), number))
                .build();
    }

    static <T> Step step(String name, JobRepository jobs, PlatformTransactionManager transactions,
                         ItemReader<ImportLine> reader, ItemProcessor<ImportLine, T> processor, ItemWriter<T> writer,
                         ImportRepository imports) {
        RejectedRowRecorder<T> recorder = new RejectedRowRecorder<>(imports);
        return new StepBuilder(name, jobs)
                .<ImportLine, T>chunk(CHUNK, transactions)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .faultTolerant()
                .skip(RejectedRow.class)
                .skipLimit(Integer.MAX_VALUE)
                .listener((SkipListener<ImportLine, T>) recorder)
                .listener((StepExecutionListener) recorder)
                .listener(new ActingAsUploader())
                .build();
    }

    private static ImportLine line(FieldSet fields, int number) {
        Map<String, String> values = new HashMap<>();
        for (String name : fields.getNames()) {
            values.put(name, fields.readRawString(name));
        }
        return new ImportLine(number, values);
    }

    /** Writes a skipped row's problems to the error report, in the chunk's transaction. */
    static class RejectedRowRecorder<T> implements SkipListener<ImportLine, T>, StepExecutionListener {

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
        public void onSkipInProcess(ImportLine line, Throwable t) {
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
