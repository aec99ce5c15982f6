package vn.tuyenquang.workforce.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tuyenquang.workforce.indicators.Baselines;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.people.IdentityConflict;
import vn.tuyenquang.workforce.people.IdentityConflicts;
import vn.tuyenquang.workforce.people.DeclaredQualification;
import vn.tuyenquang.workforce.people.ImportedFact;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Resolution;
import vn.tuyenquang.workforce.people.SurveyedStatus;
import vn.tuyenquang.workforce.people.Provenance;
import vn.tuyenquang.workforce.people.RegisterImports;
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
    Job labourSurveyImport(JobRepository jobs, Step importSurvey, Step surveyDepartures, ImportEnd end) {
        return new JobBuilder(ImportKind.LABOUR_SURVEY.job(), jobs).listener(end).start(importSurvey)
                .next(surveyDepartures).build();
    }

    /**
     * Once every row is in, for a file uploaded as the whole survey of its communes: in each commune the survey covered,
     * the persons of its population it no longer lists leave that population from the survey's day (when it is the
     * commune's newest survey), counted per commune. A commune at
     * a time, each in its own transaction, so that a run resumed after a stop counts each commune once.
     */
    @Bean
    Step surveyDepartures(JobRepository jobs, PlatformTransactionManager transactions, RegisterImports registerImports,
                          ImportRepository imports) {
        return new org.springframework.batch.core.step.builder.StepBuilder("surveyDepartures", jobs)
                .tasklet((contribution, context) -> {
                    var parameters = context.getStepContext().getStepExecution().getJobParameters();
                    UUID run = UUID.fromString(parameters.getString("import"));
                    java.time.LocalDate surveyedOn = surveyedOn(imports, run, parameters.getLong("surveyYear").intValue());
                    List<String> communes = imports.communesToCount(run);
                    if (communes.isEmpty() || "false".equals(parameters.getString("fullSurvey"))) {
                        return org.springframework.batch.repeat.RepeatStatus.FINISHED;
                    }
                    String commune = communes.get(0);
                    imports.departed(run, commune, registerImports.leaveUnlisted(commune, surveyedOn));
                    return communes.size() > 1 ? org.springframework.batch.repeat.RepeatStatus.CONTINUABLE
                            : org.springframework.batch.repeat.RepeatStatus.FINISHED;
                }, transactions).build();
    }

    /**
     * What the survey found holds from the province's day it was uploaded (the same for every chunk, a resumed run
     * included), or from the survey year's end for an earlier year's survey.
     */
    static java.time.LocalDate surveyedOn(ImportRepository imports, UUID run, int year) {
        java.time.LocalDate yearEnd = java.time.LocalDate.of(year, 12, 31);
        java.time.LocalDate uploaded = ProvinceTime.dayOf(imports.find(run).orElseThrow().uploadedAt());
        return uploaded.isBefore(yearEnd) ? uploaded : yearEnd;
    }

    @Bean
    Step importSurvey(JobRepository jobs, PlatformTransactionManager transactions,
                      ImportFileReader surveyReader, ItemProcessor<ImportLine, ImportedRow<SurveyRow>> surveyProcessor,
                      ItemWriter<ImportedRow<SurveyRow>> surveyWriter, ImportRepository imports,
                      ImportPacing pacing) {
        return ImportSteps.step("importSurvey", jobs, transactions, surveyReader, surveyProcessor, surveyWriter, imports,
                pacing);
    }

    @Bean
    @StepScope
    ImportFileReader surveyReader(@Value("#{jobParameters['file']}") String file,
                                  @Value("#{jobParameters['delimiter']}") String delimiter,
                                  @Value("#{jobParameters['columns']}") String columns,
                                  @Value("#{jobParameters['import']}") String importId) {
        return ImportSteps.reader("surveyReader", file, delimiter, columns, importId);
    }

    @Bean
    @StepScope
    ItemProcessor<ImportLine, ImportedRow<SurveyRow>> surveyProcessor(PersonRegister register, ReferenceCatalog reference,
                                                         @Value("#{jobParameters['surveyYear']}") Long surveyYear) {
        SurveyLineParser parser = new SurveyLineParser(register, reference, surveyYear.intValue());
        // One row per person in a survey: a second row for the same citizen ID is reported, not silently merged.
        Map<String, Integer> firstRows = new HashMap<>();
        return line -> {
            ImportedRow<SurveyRow> row = parser.parse(line);
            Integer first = firstRows.putIfAbsent(row.value().person().citizenId().value(), line.rowNumber());
            if (first != null && first != line.rowNumber()) {
                throw new RejectedRow(line, List.of(new RejectedRow.Problem(PersonColumns.CITIZEN_ID,
                        line.value(PersonColumns.CITIZEN_ID), "import.survey.personRepeated")));
            }
            return row;
        };
    }

    /**
     * A chunk at a time: new persons written with their declared qualification in one go; for persons already
     * there, residence and labour status updated where the survey says otherwise and the declaration recorded
     * unless it is there as it is. Each row's outcome is recorded with it.
     */
    @Bean
    @StepScope
    ItemWriter<ImportedRow<SurveyRow>> surveyWriter(RegisterImports registerImports, Baselines baselines,
                                       ImportRepository imports, TableStatistics statistics,
                                       @Value("#{jobParameters['surveyYear']}") Long surveyYear,
                                       @Value("#{jobParameters['import']}") String importId,
                                       @Value("#{stepExecution}") StepExecution step) {
        int year = surveyYear.intValue();
        UUID run = UUID.fromString(importId);
        java.time.LocalDate surveyedOn = surveyedOn(imports, run, year);
        return chunk -> {
            Resolution persons = registerImports.resolve(
                    chunk.getItems().stream().map(item -> item.value().person()).toList());
            // A citizen ID the register holds under another name or birth date is refused, not merged.
            List<ImportedRow<SurveyRow>> items = new ArrayList<>();
            for (ImportedRow<SurveyRow> item : chunk.getItems()) {
                if (persons.conflicts(item.value().person())) {
                    registerImports.queueConflict(persons, item.value().person(),
                            new IdentityConflict.Source(null, new Provenance(run, item.line().rowNumber())));
                    imports.reject(run, new RejectedRow(item.line(), List.of(new RejectedRow.Problem(PersonColumns.CITIZEN_ID,
                            item.line().value(PersonColumns.CITIZEN_ID), IdentityConflicts.REFUSAL))));
                } else {
                    items.add(item);
                }
            }
            Map<String, Provenance> provenance = new HashMap<>();
            items.forEach(item -> provenance.put(item.value().person().citizenId().value(),
                    new Provenance(run, item.line().rowNumber())));
            Map<UUID, Provenance> byPerson = new HashMap<>();
            provenance.forEach((citizenId, from) -> byPerson.put(persons.id(citizenId), from));
            List<ImportedFact> newFacts = new ArrayList<>();
            List<DeclaredQualification> declarations = new ArrayList<>();
            List<SurveyedStatus> statuses = new ArrayList<>();
            for (ImportedRow<SurveyRow> item : items) {
                SurveyRow row = item.value();
                String citizenId = row.person().citizenId().value();
                UUID person = persons.id(citizenId);
                String declaration = "survey-" + year + "/" + person;
                if (persons.isNew(citizenId)) {
                    newFacts.add(new ImportedFact(person, row.levelCode(), row.occupationCode(), false,
                            declaration, row.acquiredOn(), row.yearsInTrade(), provenance.get(citizenId)));
                } else {
                    declarations.add(new DeclaredQualification(person, declaration, row.levelCode(),
                            row.occupationCode(), row.acquiredOn(), row.yearsInTrade()));
                    statuses.add(new SurveyedStatus(person, row.person().communeCode(),
                            row.person().labourStatus()));
                }
            }
            registerImports.write(persons, provenance, newFacts, surveyedOn);
            RegisterImports.SurveyUpdate update = registerImports.updateFromSurvey(statuses, byPerson, surveyedOn);
            Set<UUID> newer = update.heldByNewer();
            Set<UUID> changed = new HashSet<>(update.changed());
            changed.addAll(registerImports.recordDeclarations(declarations, byPerson));
            List<String> notes = new ArrayList<>();
            imports.recordOutcomes(run, items.stream().map(ImportedRow::line).toList(), items.stream().map(item -> {
                String citizenId = item.value().person().citizenId().value();
                RowOutcome outcome = persons.isNew(citizenId) ? RowOutcome.CREATED
                        : changed.contains(persons.id(citizenId)) ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
                notes.add(outcome == RowOutcome.UNCHANGED && newer.contains(persons.id(citizenId))
                        ? "import.outcome.newerSurvey" : null);
                return outcome;
            }).toList(), notes);
            java.util.Set<String> communes = items.stream().map(item -> item.value().person().communeCode())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            baselines.surveyed(communes, year);
            imports.surveyCovered(run, communes);
            statistics.afterChunk(step.getCommitCount() + 1,
                    List.of(registerImports::refreshStatistics, imports::refreshStatistics));
        };
    }
}
