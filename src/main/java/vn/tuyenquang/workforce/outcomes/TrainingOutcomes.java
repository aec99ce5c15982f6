package vn.tuyenquang.workforce.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.LabourHistory;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.placement.Hire;
import vn.tuyenquang.workforce.placement.Hiring;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.training.Completion;
import vn.tuyenquang.workforce.training.TrainingCentre;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * What became of the learners who completed a course in a year, per centre and per course:
 * <ul>
 *     <li>certified: holds the course's certificate now (a revoked one does not count);</li>
 *     <li>employed at 6 (12) months: employed, by the register's dated labour status (which hires update), on the day
 *     six (twelve) months after completing; counted only once that day has come;</li>
 *     <li>hired in the trade: of those hired through the application on or after completing (their first such hire),
 *     hired in the occupation the course trains for;</li>
 *     <li>time to a hire: the median of days from completing to that first hire.</li>
 * </ul>
 * A learner who completed two courses counts once for each. The department sees every centre, a centre's staff their
 * own; a share over fewer than five people is masked.
 */
@Service
public class TrainingOutcomes {

    private final TrainingReads training;
    private final RegisterReads register;
    private final Hiring hiring;
    private final Clock clock;

    TrainingOutcomes(TrainingReads training, RegisterReads register, Hiring hiring, Clock clock) {
        this.training = training;
        this.register = register;
        this.hiring = hiring;
        this.clock = clock;
    }

    /** The outcomes of the year's completers that {@code user} may see. */
    public OutcomeReport of(CurrentUser user, int year) {
        LocalDate asOf = ProvinceTime.today(clock);
        List<Completion> completions = training.completions(user, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<UUID> persons = completions.stream().map(Completion::personId).distinct().toList();
        Map<UUID, LabourHistory> histories = register.labourHistories(persons);
        Map<UUID, List<Hire>> hires = hiring.hiresOf(persons).stream().collect(Collectors.groupingBy(Hire::personId));
        List<Result> results = completions.stream()
                .map(c -> Result.of(c, histories.get(c.personId()), hires.getOrDefault(c.personId(), List.of()), asOf))
                .toList();
        return new OutcomeReport(year, asOf,
                ranked(results, Completion::centreId, c -> new Outcome(c.centreId(), c.centreName(), null, null, null,
                        null, 0, null, null, null, null, null)),
                ranked(results, Completion::courseId, c -> new Outcome(c.centreId(), c.centreName(), c.courseId(),
                        c.courseCode(), c.courseName(), c.occupationCode(), 0, null, null, null, null, null)),
                byOwnership(results));
    }

    /** The results by the ownership of the centre, in the order of the ownerships, those not said last. */
    private static List<OutcomeReport.ByOwnership> byOwnership(List<Result> results) {
        List<TrainingCentre.Ownership> owners = new java.util.ArrayList<>(List.of(TrainingCentre.Ownership.values()));
        owners.add(null);
        return owners.stream().map(owner -> {
                    List<Result> group = results.stream()
                            .filter(r -> java.util.Objects.equals(r.completion().ownership(), owner)).toList();
                    return new OutcomeReport.ByOwnership(owner, new Share(group.size(), results.size()),
                            share(group, r -> r.employedAt6Months().isPresent(), r -> r.employedAt6Months().orElse(false)),
                            share(group, r -> r.hiredInTrade().isPresent(), r -> r.hiredInTrade().orElse(false)));
                })
                .filter(o -> o.ofCompleters().count() > 0)
                .toList();
    }

    /** The results grouped by {@code key}, each group summed up, best employed share six months on first. */
    private static List<Outcome> ranked(List<Result> results, Function<Completion, UUID> key,
                                        Function<Completion, Outcome> label) {
        return results.stream().collect(Collectors.groupingBy(r -> key.apply(r.completion()), java.util.LinkedHashMap::new,
                        Collectors.toList()))
                .values().stream()
                .map(group -> summed(label.apply(group.get(0).completion()), group))
                .sorted(Comparator.comparing((Outcome o) -> rankOf(o.employedAt6Months())).reversed()
                        .thenComparing(Comparator.comparingInt(Outcome::completers).reversed())
                        .thenComparing(Outcome::centreName).thenComparing(o -> o.courseCode() == null ? "" : o.courseCode()))
                .toList();
    }

    /** A shown share ranks by its value; a masked or empty one after every shown one. */
    private static double rankOf(Share share) {
        return share.empty() || share.masked() ? -1 : (double) share.count() / share.of();
    }

    private static Outcome summed(Outcome label, List<Result> group) {
        List<Long> daysToHire = group.stream().map(Result::daysToHire).flatMap(Optional::stream).sorted().toList();
        return new Outcome(label.centreId(), label.centreName(), label.courseId(), label.courseCode(), label.courseName(),
                label.occupationCode(), group.size(),
                share(group, r -> true, Result::certified),
                share(group, r -> r.employedAt6Months().isPresent(), r -> r.employedAt6Months().orElse(false)),
                share(group, r -> r.employedAt12Months().isPresent(), r -> r.employedAt12Months().orElse(false)),
                share(group, r -> r.hiredInTrade().isPresent(), r -> r.hiredInTrade().orElse(false)),
                median(daysToHire));
    }

    private static Share share(List<Result> group, java.util.function.Predicate<Result> counted,
                               java.util.function.Predicate<Result> yes) {
        List<Result> of = group.stream().filter(counted).toList();
        return new Share((int) of.stream().filter(yes).count(), of.size());
    }

    private static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /**
     * One completion's outcome: certified; employed six and twelve months on (empty until that day comes, or while the
     * register did not know the status then); hired in
     * the trade and after how many days (empty when not hired through the application since completing).
     */
    private record Result(Completion completion, boolean certified, Optional<Boolean> employedAt6Months,
                          Optional<Boolean> employedAt12Months, Optional<Boolean> hiredInTrade, Optional<Long> daysToHire) {

        static Result of(Completion c, LabourHistory history, List<Hire> hires, LocalDate asOf) {
            Optional<Hire> firstHire = hires.stream().filter(h -> !h.hiredOn().isBefore(c.completedOn()))
                    .min(Comparator.comparing(Hire::hiredOn));
            return new Result(c, c.certified(), Employment.on(history, c.completedOn().plusMonths(6), asOf),
                    Employment.on(history, c.completedOn().plusMonths(12), asOf),
                    firstHire.map(h -> h.occupationCode().equals(c.occupationCode())),
                    firstHire.map(h -> ChronoUnit.DAYS.between(c.completedOn(), h.hiredOn())));
        }
    }
}
