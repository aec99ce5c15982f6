package vn.tuyenquang.workforce.programmes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which programme paid for an enrolment. The training module names it when it records the enrolment (a form, the API,
 * a graduates file's optional column); the reports read it. A programme is named by its code, and must be running in
 * the year the learner enrolled.
 */
@Service
public class Fundings {

    private final ProgrammeRepository programmes;
    private final Clock clock;

    Fundings(ProgrammeRepository programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    /**
     * The programme named by {@code code} (letter case aside) for an enrolment on {@code enrolledOn}: empty when no
     * code is given.
     *
     * @throws ProgrammeException on {@code field} when no programme has that code, or it does not run that year
     */
    public Optional<FundingProgramme> named(String code, LocalDate enrolledOn, String field) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        FundingProgramme programme = programmes.findByCode(code.strip())
                .orElseThrow(() -> new ProgrammeException("programme.unknown", field));
        if (enrolledOn != null && !programme.runsIn(enrolledOn.getYear())) {
            throw new ProgrammeException("programme.notRunning", field);
        }
        return Optional.of(programme);
    }

    /** Each enrolment's programme, for those that name one. */
    public Map<UUID, FundingProgramme> of(Collection<UUID> enrolmentIds) {
        Map<UUID, UUID> ids = programmes.programmesOf(enrolmentIds);
        Map<UUID, FundingProgramme> byId = new HashMap<>();
        programmes.all().forEach(p -> byId.put(p.id(), p));
        Map<UUID, FundingProgramme> funded = new HashMap<>();
        ids.forEach((enrolment, programme) -> funded.put(enrolment, byId.get(programme)));
        return funded;
    }

    /** Records the programme of each new enrolment, in the caller's transaction. */
    @Transactional
    public void fund(Map<UUID, FundingProgramme> programmeByEnrolment) {
        if (programmeByEnrolment.isEmpty()) {
            return;
        }
        Map<UUID, UUID> ids = new HashMap<>();
        programmeByEnrolment.forEach((enrolment, programme) -> ids.put(enrolment, programme.id()));
        programmes.insertFundings(ids, Timestamp.from(clock.instant()));
    }
}
