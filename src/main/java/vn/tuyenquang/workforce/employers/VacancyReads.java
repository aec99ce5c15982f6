package vn.tuyenquang.workforce.employers;

import vn.tuyenquang.workforce.system.ProvinceTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

/**
 * What other modules read of the vacancies, with no personal data in it: summaries to show, which are open now,
 * the demand they add up to, and the vacancies as the search index is built from them.
 */
@Service
public class VacancyReads {

    /**
     * A vacancy past its draft as a report by workplace reads it: its employer, the industrial park named (the
     * vacancy's own, else its employer's, as typed; null when neither names one), trade, commune, places and hires.
     */
    public record Workplace(UUID vacancyId, UUID employerId, String employerName, String park, String occupationCode,
                            String communeCode, int headcount, int hired, Vacancy.Status status) {
    }

    /** A park's name as employers and vacancies typed it, and how many employers and vacancies use it. */
    public record ParkName(String text, long employers, long vacancies) {
    }

    private final EmployerRepository repository;
    private final Clock clock;

    VacancyReads(EmployerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** These vacancies with their employers' names, whatever their status, by id (one query for them all). */
    public Map<UUID, VacancySummary> summaries(Collection<UUID> vacancyIds) {
        return byId(repository.withEmployers(vacancyIds).stream());
    }

    /**
     * Which of these vacancies are open now (not filled, closed or past their deadline), with their
     * employers' names: what a search checks every hit against, since the index may lag by a few seconds.
     */
    public Map<UUID, VacancySummary> openNow(Collection<UUID> vacancyIds) {
        LocalDate today = ProvinceTime.today(clock);
        return byId(repository.withEmployers(vacancyIds).stream()
                .filter(v -> v.vacancy().status() == Vacancy.Status.OPEN && !v.vacancy().isOverdue(today)));
    }

    /** Every vacancy past its draft, with the park it names. */
    public List<Workplace> workplaces() {
        return repository.workplaces();
    }

    /** The park names typed on employers and vacancies, each with how many use it. */
    public List<ParkName> parkNames() {
        return repository.parkNames();
    }

    /** Open vacancies' headcount, by occupation and commune of the workplace. */
    public List<Demand> openDemand() {
        return repository.openDemand();
    }

    /** These vacancies as they are now, with their employers' names. */
    public List<IndexedVacancy> indexed(Collection<UUID> vacancyIds) {
        return repository.indexed(vacancyIds);
    }

    /**
     * Vacancies for a rebuild of the index: every one changed at or after {@code since}, in (last change, id)
     * order after the vacancy {@code after} of that instant when given, at most {@code limit}.
     */
    public List<IndexedVacancy> changedSince(Instant since, UUID after, int limit) {
        return repository.changedSince(since, after, limit);
    }

    private static Map<UUID, VacancySummary> byId(Stream<VacancySummary> vacancies) {
        return vacancies.collect(Collectors.toMap(v -> v.vacancy().id(), Function.identity()));
    }
}
