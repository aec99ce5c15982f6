package vn.tuyenquang.workforce.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.placement.Hire;
import vn.tuyenquang.workforce.placement.Hiring;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.training.Completion;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * Does training ordered by an employer end in jobs more often (resolution IV.7d)? Of the learners who completed a
 * course in a year, those of ordered courses beside the others: the share hired in the trade (the course's occupation)
 * within six months of completing, through the application (by any employer), counted once those six months have
 * passed; and per order, the places ordered, the hires committed, the completers and those hired in the trade. The
 * department sees every centre, a centre's staff their own.
 */
@Service
public class OrderedTraining {

    /** Completers and those hired in the trade within six months (over those whose six months have passed). */
    public record Figures(int completers, int hiredInTrade, int counted) {

        /** The share hired in the trade, in percent with one decimal; null when nobody's six months have passed. */
        public Double percent() {
            return counted == 0 ? null : Math.round(1000.0 * hiredInTrade / counted) / 10.0;
        }
    }

    /** One order's course and its figures. */
    public record OrderLine(EmployerOrder order, String centreName, String courseCode, String courseName,
                            Figures figures) {
    }

    /** The year's comparison. */
    public record Comparison(int year, LocalDate asOf, Figures ordered, Figures other, List<OrderLine> orders) {
    }

    private final EmployerOrders orders;
    private final TrainingReads training;
    private final Hiring hiring;
    private final Clock clock;

    OrderedTraining(EmployerOrders orders, TrainingReads training, Hiring hiring, Clock clock) {
        this.orders = orders;
        this.training = training;
        this.hiring = hiring;
        this.clock = clock;
    }

    public Comparison of(CurrentUser user, int year) {
        LocalDate asOf = ProvinceTime.today(clock);
        List<Completion> completions = training.completions(user, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<UUID, EmployerOrder> ordered = orders.all();
        Map<UUID, List<Hire>> hires = hiring.hiresOf(completions.stream().map(Completion::personId).distinct().toList())
                .stream().collect(Collectors.groupingBy(Hire::personId));
        List<OrderLine> lines = completions.stream().filter(c -> ordered.containsKey(c.courseId()))
                .collect(Collectors.groupingBy(Completion::courseId)).values().stream()
                .map(group -> new OrderLine(ordered.get(group.get(0).courseId()), group.get(0).centreName(),
                        group.get(0).courseCode(), group.get(0).courseName(), figures(group, hires, asOf)))
                .sorted(Comparator.comparing((OrderLine l) -> l.order().employerName()).thenComparing(OrderLine::courseCode))
                .toList();
        Predicate<Completion> isOrdered = c -> ordered.containsKey(c.courseId());
        return new Comparison(year, asOf, figures(completions.stream().filter(isOrdered).toList(), hires, asOf),
                figures(completions.stream().filter(isOrdered.negate()).toList(), hires, asOf), lines);
    }

    private static Figures figures(List<Completion> completions, Map<UUID, List<Hire>> hires, LocalDate asOf) {
        List<Completion> counted = completions.stream().filter(c -> !c.completedOn().plusMonths(6).isAfter(asOf)).toList();
        int hired = (int) counted.stream().filter(c -> hiredInTrade(c, hires.getOrDefault(c.personId(), List.of())))
                .count();
        return new Figures(completions.size(), hired, counted.size());
    }

    /** The first hire on or after completing, within six months, in the course's occupation. */
    private static boolean hiredInTrade(Completion c, List<Hire> hires) {
        Optional<Hire> first = hires.stream().filter(h -> !h.hiredOn().isBefore(c.completedOn()))
                .min(Comparator.comparing(Hire::hiredOn));
        return first.filter(h -> !h.hiredOn().isAfter(c.completedOn().plusMonths(6)))
                .map(h -> h.occupationCode().equals(c.occupationCode())).orElse(false);
    }
}
