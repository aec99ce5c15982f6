package vn.tuyenquang.workforce.abroad;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.training.Completion;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * Work abroad in a year (resolution IV.7b): the workers who left that year, by commune (the register's, now), country,
 * trade and sex; how many had completed a course before leaving, and one in the trade they left for; how many came
 * back that year. The department sees the province, a commune officer their commune's people.
 */
@Service
public class AbroadReport {

    /** One departure as the page lists it: the person by masked name. */
    public record Line(Departure departure, String maskedName, String communeCode, boolean trainedBefore,
                       boolean trainedInTrade) {
    }

    /** The figures of one year and scope, and the departures behind them, the latest first. */
    public record Report(int year, String communeCode, int left, int returned, int trainedBefore, int trainedInTrade,
                         Map<String, Integer> byCommune, Map<String, Integer> byCountry,
                         Map<String, Integer> byOccupation, Map<String, Integer> bySex, List<Line> departures) {
    }

    private final DepartureRepository departures;
    private final PersonRegister register;
    private final TrainingReads training;

    AbroadReport(DepartureRepository departures, PersonRegister register, TrainingReads training) {
        this.departures = departures;
        this.register = register;
        this.training = training;
    }

    public Report of(CurrentUser user, int year) {
        String commune = user.provinceOrOwnCommune().orElse(null);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Departure> all = departures.between(from, to);
        Map<UUID, Person> people = register.findAll(all.stream().map(Departure::personId).distinct().toList());
        List<Departure> inScope = all.stream().filter(d -> people.containsKey(d.personId()))
                .filter(d -> commune == null || commune.equals(people.get(d.personId()).communeCode())).toList();
        List<Departure> left = inScope.stream().filter(d -> !d.departedOn().isBefore(from) && !d.departedOn().isAfter(to))
                .toList();
        Map<UUID, List<Completion>> completions = training.completionsOf(left.stream().map(Departure::personId)
                .distinct().toList()).stream().collect(Collectors.groupingBy(Completion::personId));
        Map<UUID, String> masked = register.maskedNames(left.stream().map(Departure::personId).toList());
        List<Line> lines = left.stream().map(d -> {
                    List<Completion> before = completions.getOrDefault(d.personId(), List.of()).stream()
                            .filter(c -> !c.completedOn().isAfter(d.departedOn())).toList();
                    return new Line(d, masked.get(d.personId()), people.get(d.personId()).communeCode(),
                            !before.isEmpty(), before.stream().anyMatch(c -> c.occupationCode().equals(d.occupationCode())));
                })
                .sorted(Comparator.comparing((Line l) -> l.departure().departedOn()).reversed())
                .toList();
        int returned = (int) inScope.stream()
                .filter(d -> d.returnedOn() != null && !d.returnedOn().isBefore(from) && !d.returnedOn().isAfter(to)).count();
        return new Report(year, commune, left.size(), returned, (int) lines.stream().filter(Line::trainedBefore).count(),
                (int) lines.stream().filter(Line::trainedInTrade).count(),
                counted(left, d -> people.get(d.personId()).communeCode()), counted(left, Departure::countryCode),
                counted(left, Departure::occupationCode), counted(left, d -> people.get(d.personId()).sex().name()),
                lines);
    }

    private static Map<String, Integer> counted(List<Departure> departures, Function<Departure, String> key) {
        return new TreeMap<>(departures.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(d -> 1))));
    }
}
