package vn.tuyenquang.workforce.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.LabourHistory;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.programmes.FundingProgramme;
import vn.tuyenquang.workforce.programmes.FundingProgrammes;
import vn.tuyenquang.workforce.programmes.Fundings;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.training.EnrolmentProgress;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * Training by the programme that paid for it (resolution IV.7b): of the enrolments of a year, per programme and per
 * programme and commune, how many people enrolled, completed, hold the certificate, were employed six and twelve
 * months after completing, and the share of ethnic minorities among them. Every programme running that year has a
 * row, even with no one (so that a programme with no training recorded shows); enrolments naming none have their own.
 * The register does not record poor households, so no such share is given. The department sees every centre, a
 * centre's staff their own; a share over fewer than five people is masked.
 */
@Service
public class ProgrammeOutcomes {

    /** The Kinh's code in the ethnic groups' list (Decision 121-TCTK/PPCĐ): every other group is a minority. */
    static final String KINH = "01";

    private final TrainingReads training;
    private final Fundings fundings;
    private final FundingProgrammes programmes;
    private final PersonRegister persons;
    private final RegisterReads register;
    private final Clock clock;

    ProgrammeOutcomes(TrainingReads training, Fundings fundings, FundingProgrammes programmes,
                      PersonRegister persons, RegisterReads register, Clock clock) {
        this.training = training;
        this.fundings = fundings;
        this.programmes = programmes;
        this.persons = persons;
        this.register = register;
        this.clock = clock;
    }

    /** The report of the enrolments made in {@code year} that {@code user} may see. */
    public ProgrammeReport of(CurrentUser user, int year) {
        LocalDate asOf = ProvinceTime.today(clock);
        List<EnrolmentProgress> learnings = training.enrolments(user, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<UUID, FundingProgramme> funded = fundings.of(learnings.stream().map(EnrolmentProgress::enrolmentId).toList());
        List<UUID> ids = learnings.stream().map(EnrolmentProgress::personId).distinct().toList();
        Map<UUID, Person> people = persons.findAll(ids);
        Map<UUID, LabourHistory> histories = register.labourHistories(ids);
        List<Funded> rows = learnings.stream()
                .map(l -> new Funded(l, funded.get(l.enrolmentId()), people.get(l.personId()))).toList();

        Map<Optional<UUID>, List<Funded>> byProgramme = new LinkedHashMap<>();
        programmes.runningIn(year).forEach(p -> byProgramme.put(Optional.of(p.id()), new ArrayList<>()));
        rows.forEach(r -> byProgramme.computeIfAbsent(r.programmeId(), k -> new ArrayList<>()).add(r));
        Map<UUID, FundingProgramme> named = new LinkedHashMap<>();
        programmes.all().forEach(p -> named.put(p.id(), p));

        List<ProgrammeReport.Row> programmeRows = new ArrayList<>();
        List<ProgrammeReport.Row> communeRows = new ArrayList<>();
        byProgramme.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Optional<UUID>, List<Funded>> e) -> e.getKey().isEmpty())
                        .thenComparing(e -> e.getKey().map(named::get).map(FundingProgramme::code).orElse("")))
                .forEach(e -> {
                    FundingProgramme programme = e.getKey().map(named::get).orElse(null);
                    programmeRows.add(summed(programme, null, e.getValue(), histories, asOf));
                    e.getValue().stream().collect(Collectors.groupingBy(Funded::communeCode, java.util.TreeMap::new,
                                    Collectors.toList()))
                            .forEach((commune, group) -> communeRows.add(summed(programme, commune, group, histories, asOf)));
                });
        return new ProgrammeReport(year, asOf, programmeRows, communeRows);
    }

    /** The people of some enrolments, each counted once, summed up. */
    private static ProgrammeReport.Row summed(FundingProgramme programme, String commune, List<Funded> group,
                                              Map<UUID, LabourHistory> histories, LocalDate asOf) {
        Map<UUID, List<Funded>> byPerson = group.stream()
                .collect(Collectors.groupingBy(f -> f.learning().personId(), LinkedHashMap::new, Collectors.toList()));
        List<Learner> learners = byPerson.entrySet().stream()
                .map(e -> Learner.of(e.getValue(), histories.get(e.getKey()), asOf)).toList();
        List<Learner> completers = learners.stream().filter(l -> l.firstCompleted() != null).toList();
        return new ProgrammeReport.Row(programme, commune, learners.size(), completers.size(),
                share(completers, l -> true, Learner::certified),
                share(completers, l -> l.employedAt6Months().isPresent(), l -> l.employedAt6Months().orElse(false)),
                share(completers, l -> l.employedAt12Months().isPresent(), l -> l.employedAt12Months().orElse(false)),
                share(learners, l -> l.ethnicCode() != null, l -> !KINH.equals(l.ethnicCode())));
    }

    private static Share share(Collection<Learner> people, Predicate<Learner> counted, Predicate<Learner> yes) {
        List<Learner> of = people.stream().filter(counted).toList();
        return new Share((int) of.stream().filter(yes).count(), of.size());
    }

    /** An enrolment with the programme that paid (null: none named) and its learner. */
    private record Funded(EnrolmentProgress learning, FundingProgramme programme, Person person) {

        Optional<UUID> programmeId() {
            return Optional.ofNullable(programme).map(FundingProgramme::id);
        }

        String communeCode() {
            return person == null ? "" : person.communeCode();
        }
    }

    /** One person's enrolments of the group, summed: their first completion, certificate and employment after it. */
    private record Learner(String ethnicCode, LocalDate firstCompleted, boolean certified,
                           Optional<Boolean> employedAt6Months, Optional<Boolean> employedAt12Months) {

        static Learner of(List<Funded> enrolments, LabourHistory history, LocalDate asOf) {
            LocalDate first = enrolments.stream().map(f -> f.learning().completedOn()).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            boolean certified = enrolments.stream().anyMatch(f -> f.learning().certified());
            String ethnic = enrolments.stream().map(Funded::person).filter(Objects::nonNull).map(Person::ethnicCode)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            Function<Integer, Optional<Boolean>> employed = months -> first == null ? Optional.empty()
                    : Employment.on(history, first.plusMonths(months), asOf);
            return new Learner(ethnic, first, certified, employed.apply(6), employed.apply(12));
        }
    }
}
