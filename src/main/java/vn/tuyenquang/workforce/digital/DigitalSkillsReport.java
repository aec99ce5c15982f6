package vn.tuyenquang.workforce.digital;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.AgeBand;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.training.Completion;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * People trained in digital and technology skills in a year (resolution IV.7a): those who completed, that year, a
 * course that teaches them ({@link DigitalCourses}), each counted once however many such courses they completed; by
 * commune of residence (the register's, now), sex, ethnic group and age band (age on 31 December), and by course; beside
 * them, everyone who completed any course that year, for the share. The department sees the province, a commune
 * officer their commune's people wherever they trained.
 */
@Service
public class DigitalSkillsReport {

    /** The figures of one year and scope. */
    public record Report(int year, String communeCode, int trained, int completers, Map<String, Integer> byCommune,
                         Map<String, Integer> bySex, Map<String, Integer> byEthnicGroup,
                         Map<AgeBand, Integer> byAgeBand, List<CourseCount> byCourse) {

        /** The share of the year's completers trained in digital skills, in percent with one decimal; null when none. */
        public Double percentOfCompleters() {
            return completers == 0 ? null : Math.round(1000.0 * trained / completers) / 10.0;
        }
    }

    /** A course's people trained in digital skills that year, and why it counts (its group, or the centre's reason). */
    public record CourseCount(UUID courseId, String centreName, String courseCode, String courseName,
                              String occupationCode, String group, String reason, int people) {
    }

    private final TrainingReads training;
    private final DigitalCourses courses;
    private final PersonRegister persons;

    DigitalSkillsReport(TrainingReads training, DigitalCourses courses, PersonRegister persons) {
        this.training = training;
        this.courses = courses;
        this.persons = persons;
    }

    public Report of(CurrentUser user, int year) {
        String commune = user.provinceOrOwnCommune().orElse(null);
        DigitalCourses.Definition definition = courses.definition();
        List<Completion> completions = training.completionsInProvince(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<UUID, Person> people = persons.findAll(completions.stream().map(Completion::personId).distinct().toList());
        List<Completion> inScope = completions.stream()
                .filter(c -> people.containsKey(c.personId()))
                .filter(c -> commune == null || commune.equals(people.get(c.personId()).communeCode()))
                .toList();
        List<Completion> digital = inScope.stream()
                .filter(c -> definition.digital(c.courseId(), c.occupationCode())).toList();
        List<Person> trained = digital.stream().map(Completion::personId).distinct().map(people::get).toList();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return new Report(year, commune, trained.size(),
                (int) inScope.stream().map(Completion::personId).distinct().count(),
                counted(trained, Person::communeCode),
                counted(trained, p -> p.sex().name()),
                counted(trained, p -> p.ethnicCode() == null ? "" : p.ethnicCode()),
                new TreeMap<>(trained.stream().collect(Collectors.groupingBy(
                        p -> AgeBand.of(Period.between(p.birthDate(), yearEnd).getYears()),
                        Collectors.summingInt(p -> 1)))),
                byCourse(digital, definition));
    }

    /** The commune a user's figures are limited to: none for the province's roles; refused to anyone else. */

    private static Map<String, Integer> counted(List<Person> people, Function<Person, String> key) {
        return new TreeMap<>(people.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(p -> 1))));
    }

    private static List<CourseCount> byCourse(List<Completion> digital, DigitalCourses.Definition definition) {
        return digital.stream().collect(Collectors.groupingBy(Completion::courseId)).values().stream()
                .map(group -> {
                    Completion c = group.get(0);
                    Set<UUID> people = new HashSet<>();
                    group.forEach(g -> people.add(g.personId()));
                    DigitalMark mark = definition.marks().get(c.courseId());
                    return new CourseCount(c.courseId(), c.centreName(), c.courseCode(), c.courseName(), c.occupationCode(),
                            definition.groupOf(c.occupationCode()).orElse(null), mark == null ? null : mark.reason(),
                            people.size());
                })
                .sorted(Comparator.comparingInt(CourseCount::people).reversed().thenComparing(CourseCount::centreName)
                        .thenComparing(CourseCount::courseCode))
                .toList();
    }
}
