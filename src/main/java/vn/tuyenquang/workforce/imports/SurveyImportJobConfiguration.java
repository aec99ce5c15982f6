package vn.tuyenquang.workforce.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import vn.tuyenquang.workforce.indicators.Baselines;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * The labour-supply survey import: the shared chunk step ({@link ImportSteps}) turning each line into a
 * checked surveyed person or a rejected row, then, a chunk at a time, registering new persons, updating
 * where the others live and their labour status, recording each declared qualification under one name
 * per person and survey year (so a second upload replaces, never adds), and noting the communes the
 * survey now covers.
 */
@Configuration(proxyBeanMethods = false)
class SurveyImportJobConfiguration {

    @Bean
    Job labourSurveyImport(JobRepository jobs, Step importSurvey) {
        return new JobBuilder(ImportKind.LABOUR_SURVEY.job(), jobs).start(importSurvey).build();
    }

    @Bean
    Step importSurvey(JobRepository jobs, PlatformTransactionManager transactions,
                      FlatFileItemReader<ImportLine> surveyReader, ItemProcessor<ImportLine, SurveyRow> surveyProcessor,
                      ItemWriter<SurveyRow> surveyWriter, ImportRepository imports) {
        return ImportSteps.step("importSurvey", jobs, transactions, surveyReader, surveyProcessor, surveyWriter, imports);
    }

    @Bean
    @StepScope
    FlatFileItemReader<ImportLine> surveyReader(@Value("#{jobParameters['file']}") String file,
                                                @Value("#{jobParameters['delimiter']}") String delimiter,
                                                @Value("#{jobParameters['columns']}") String columns) {
        return ImportSteps.reader("surveyReader", file, delimiter, columns);
    }

    @Bean
    @StepScope
    ItemProcessor<ImportLine, SurveyRow> surveyProcessor(PersonRegister register, ReferenceCatalog reference,
                                                         @Value("#{jobParameters['surveyYear']}") Long surveyYear) {
        return new SurveyLineParser(register, reference, surveyYear.intValue())::parse;
    }

    @Bean
    @StepScope
    ItemWriter<SurveyRow> surveyWriter(PersonRegister register, Baselines baselines, TableStatistics statistics,
                                       @Value("#{jobParameters['surveyYear']}") Long surveyYear,
                                       @Value("#{stepExecution}") StepExecution step) {
        int year = surveyYear.intValue();
        return chunk -> {
            // The last row of a person in the chunk wins, as a later chunk's would.
            Map<String, SurveyRow> rows = new LinkedHashMap<>();
            chunk.getItems().forEach(row -> rows.put(row.person().citizenId().value(), row));
            Map<String, UUID> ids = register.registerAll(rows.values().stream().map(SurveyRow::person).toList());
            register.updateFromSurvey(rows.values().stream().map(row -> new PersonRegister.SurveyedStatus(
                    ids.get(row.person().citizenId().value()), row.person().communeCode(),
                    row.person().labourStatus())).toList());
            register.recordDeclarations(rows.values().stream().map(row -> {
                UUID person = ids.get(row.person().citizenId().value());
                return new PersonRegister.DeclaredQualification(person, "survey-" + year + "/" + person, row.levelCode(),
                        row.occupationCode(), row.acquiredOn(), row.yearsInTrade());
            }).toList());
            baselines.surveyed(rows.values().stream().map(row -> row.person().communeCode())
                    .collect(Collectors.toCollection(java.util.TreeSet::new)), year);
            statistics.afterChunk(step.getCommitCount() + 1, TableStatistics.SURVEY_TABLES);
        };
    }
}
