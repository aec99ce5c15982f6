package vn.tuyenquang.workforce.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import vn.tuyenquang.workforce.people.DeclaredQualification;
import vn.tuyenquang.workforce.people.RegisterImports;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.SurveyedStatus;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TestCourses;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The indicators on a small population built by hand in Xã Lũng Cú (00715), where no other test records
 * anyone, with every expected figure worked out below. Reported as of 31 December 2026.
 *
 * <pre>
 * who  born        sex  status     qualifications                                   counts in 2026
 * An   1990-03-01  M    employed   sơ cấp 2024 + trung cấp 2026 (two certificates)  trained, certified (once)
 * Bình 1985-07-10  F    unemployed sơ cấp 2025, revoked                             neither
 * Cường 1995-02-02 M    employed   short course under 3 months, 2025                trained only if short courses count
 * Dung 1980-11-20  F    employed   on-the-job skill, 5 years in the trade, 2020     trained (informal)
 * Em   2012-06-01  M    employed   sơ cấp 2026                                      aged 14: not counted at all
 * Phú  1970-01-15  M    outside    sơ cấp 2024                                      outside the labour force
 * Giang 1992-04-04 F    unemployed none                                             in the labour force, untrained
 * Hải  2000-09-09  M    employed   sơ cấp 2026-05                                   trained, certified from 2026
 * </pre>
 * Labour force 15+: An, Bình, Cường, Dung, Giang, Hải = 6. Employed 15+: An, Cường, Dung, Hải = 4.
 *
 * <p>Two more communes hold the path's cases, and 2025, the baseline year, is frozen once all are recorded:
 * <pre>
 * Xã Khâu Vai (00802):  4 in the labour force, one certified in 2024: 25,0 % and 25,0 % in 2025; the path expects
 *                       25,0 + (72 − 25,0) / 5 = 34,4 % and 25,0 + (30 − 25,0) / 5 = 26,0 % in 2026.
 * Xã Tát Ngà (00808):   4 in the labour force, two with a skill of 5 years in the trade, one of whom is certified in
 *                       2026: 50,0 % and 0,0 % in 2025; in 2026 50,0 % against 54,4 % (behind) and 25,0 % against
 *                       6,0 % (on track).
 * </pre>
 */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsTest {

    static final String LUNG_CU = "00715";
    static final String DONG_VAN = "00721";
    static final String KHAU_VAI = "00802";
    static final String TAT_NGA = "00808";
    static final String NIEM_SON = "00817";
    static final String YEN_MINH = "00820";
    static final String MINH_NGOC = "00994";
    static final int BASELINE_YEAR = 2025;
    static final int YEAR = 2026;
    static final IndicatorSettings DEFAULTS = new IndicatorSettings(false, true, Denominator.LABOUR_FORCE);

    @Autowired
    RegisterImports registerImports;

    @Autowired
    Indicators indicators;

    @Autowired
    Baselines baselines;

    @Autowired
    Snapshots snapshots;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    PersonRegister register;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommuneTargets communeTargets;

    CurrentUser department;
    CurrentUser staff;
    UUID centre;

    @BeforeAll
    void thePopulation() {
        department = accounts.create(Role.DEPARTMENT);
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID soCap = course("SO_CAP");
        UUID trungCap = course("TRUNG_CAP");

        UUID an = certified(soCap, person("Nguyễn Văn An", 1990, 3, 1, Sex.MALE, LabourStatus.EMPLOYED),
                LocalDate.of(2024, 6, 1)).personId();
        certifiedById(trungCap, an, LocalDate.of(2026, 3, 1));

        Certificate revoked = certificates.issue(staff, completed(soCap,
                person("Trần Thị Bình", 1985, 7, 10, Sex.FEMALE, LabourStatus.UNEMPLOYED), LocalDate.of(2025, 5, 1)).id(),
                "SC-" + UUID.randomUUID(), LocalDate.of(2025, 5, 2));
        certificates.revoke(staff, revoked.id(), "Cấp nhầm");

        UUID cuong = register.register(person("Lê Văn Cường", 1995, 2, 2, Sex.MALE, LabourStatus.EMPLOYED)).personId();
        UUID dung = register.register(person("Phạm Thị Dung", 1980, 11, 20, Sex.FEMALE, LabourStatus.EMPLOYED)).personId();
        registerImports.recordDeclarations(List.of(
                new DeclaredQualification(cuong, "test/" + cuong, "CONTINUING_UNDER_3M", null,
                        LocalDate.of(2025, 8, 1), null),
                new DeclaredQualification(dung, "test/" + dung, "ON_THE_JOB", "7212",
                        LocalDate.of(2020, 1, 1), 5)));

        // A 13-year-old cannot enrol on a vocational course (minimum age 15), but may declare a qualification.
        UUID em = register.register(person("Hoàng Văn Em", 2012, 6, 1, Sex.MALE, LabourStatus.EMPLOYED)).personId();
        registerImports.recordDeclarations(List.of(new DeclaredQualification(em, "test/" + em, "SO_CAP", "7212",
                LocalDate.of(2026, 4, 1), null)));
        certified(soCap, person("Vũ Văn Phú", 1970, 1, 15, Sex.MALE, LabourStatus.OUTSIDE_LABOUR_FORCE),
                LocalDate.of(2024, 6, 1));
        register.register(person("Đỗ Thị Giang", 1992, 4, 4, Sex.FEMALE, LabourStatus.UNEMPLOYED));
        certified(soCap, person("Ma Văn Hải", 2000, 9, 9, Sex.MALE, LabourStatus.EMPLOYED), LocalDate.of(2026, 5, 10));

        certified(soCap, person("Sùng Văn Lử", 1991, 1, 1, Sex.MALE, LabourStatus.EMPLOYED, KHAU_VAI), LocalDate.of(2024, 6, 1));
        register.register(person("Sùng Thị Mỷ", 1992, 2, 2, Sex.FEMALE, LabourStatus.EMPLOYED, KHAU_VAI));
        register.register(person("Sùng Văn Chứ", 1993, 3, 3, Sex.MALE, LabourStatus.UNEMPLOYED, KHAU_VAI));
        register.register(person("Sùng Thị Dở", 1994, 4, 4, Sex.FEMALE, LabourStatus.EMPLOYED, KHAU_VAI));

        UUID sinh = register.register(person("Lầu Văn Sính", 1985, 5, 5, Sex.MALE, LabourStatus.EMPLOYED, TAT_NGA)).personId();
        UUID pa = register.register(person("Lầu Thị Pà", 1986, 6, 6, Sex.FEMALE, LabourStatus.EMPLOYED, TAT_NGA)).personId();
        registerImports.recordDeclarations(List.of(
                new DeclaredQualification(sinh, "test/" + sinh, "ON_THE_JOB", "7212", LocalDate.of(2020, 1, 1), 5),
                new DeclaredQualification(pa, "test/" + pa, "ON_THE_JOB", "7212", LocalDate.of(2020, 1, 1), 5)));
        certifiedById(soCap, sinh, LocalDate.of(2026, 5, 10));
        register.register(person("Lầu Văn Chá", 1987, 7, 7, Sex.MALE, LabourStatus.EMPLOYED, TAT_NGA));
        register.register(person("Lầu Thị Dua", 1988, 8, 8, Sex.FEMALE, LabourStatus.UNEMPLOYED, TAT_NGA));

        UUID lo = register.register(person("Giàng Văn Lờ", 1984, 4, 4, Sex.MALE, LabourStatus.EMPLOYED, NIEM_SON)).personId();
        UUID tra = register.register(person("Giàng Thị Trà", 1990, 9, 9, Sex.FEMALE, LabourStatus.EMPLOYED, NIEM_SON)).personId();
        registerImports.recordDeclarations(List.of(
                new DeclaredQualification(lo, "test/" + lo, "NATIONAL_SKILL_CERT", "7212", LocalDate.of(2024, 3, 1), 5),
                new DeclaredQualification(tra, "test/" + tra, "NATIONAL_SKILL_CERT", "7212", LocalDate.of(2025, 3, 1), 1)));
        register.register(person("Giàng Văn Sùng", 1995, 5, 5, Sex.MALE, LabourStatus.UNEMPLOYED, NIEM_SON));

        register.register(person("Vàng Văn Chính", 1990, 1, 1, Sex.MALE, LabourStatus.EMPLOYED, YEN_MINH));
        register.register(person("Vàng Thị Mai", 1991, 2, 2, Sex.FEMALE, LabourStatus.EMPLOYED, YEN_MINH));

        // The communes' 2024 labour-supply survey covered everyone above: they are their communes' population.
        surveyed(LocalDate.of(2024, 12, 31), LUNG_CU, KHAU_VAI, TAT_NGA, NIEM_SON, YEN_MINH);
        // A learner the survey has not met, known only from the centre's records: in no commune's population.
        certified(soCap, person("Nông Văn Khánh", 1998, 8, 8, Sex.MALE, LabourStatus.EMPLOYED), LocalDate.of(2025, 6, 1));

        // The department fixes the baseline: 2025, with the default settings, once its figures are all recorded.
        snapshots.freeze(department, BASELINE_YEAR, DEFAULTS, false);
    }

    @Test
    void eachPersonOfTheLabourForceIsCountedOnceAtTheirHighestQualification() {
        Figure figure = lungCu(DEFAULTS).headline();

        // An's two certificates count once; Bình's revoked one not at all; Dung's skill after 5 years in the trade.
        assertThat(figure).isEqualTo(new Figure(6, 3, 2, Source.REGISTER));
        assertThat(figure.trainedRate()).isEqualByComparingTo("50.0");
        assertThat(figure.certifiedRate()).isEqualByComparingTo("33.3");
    }

    @Test
    void aLearnerKnownOnlyFromACentreIsInNoDenominatorAndIsShownAsNotMatchedToTheSurvey() {
        IndicatorReport report = lungCu(DEFAULTS);

        // Khánh, certified in 2025 but met by no survey, changes neither the population nor the counts.
        assertThat(report.headline()).isEqualTo(new Figure(6, 3, 2, Source.REGISTER));
        assertThat(report.unmatched()).isEqualTo(1);
        assertThat(report.communes()).singleElement().satisfies(c -> assertThat(c.unmatched()).isEqualTo(1));
        assertThat(indicators.report(Optional.empty(), YEAR, DEFAULTS).unmatched()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aYearsUnmatchedLearnersAreThoseCentresKnewByItsEndAndNeverSomeoneSurveyedLater() {
        // Xã Minh Ngọc, which no other test of this class uses.
        long in2025 = indicators.report(Optional.of(MINH_NGOC), BASELINE_YEAR, DEFAULTS).unmatched();
        long in2026 = indicators.report(Optional.of(MINH_NGOC), YEAR, DEFAULTS).unmatched();

        // First surveyed in 2026, with no training at all: nobody's unmatched learner.
        register.register(person("Vàng Thị Pà", 1990, 1, 1, Sex.FEMALE, LabourStatus.EMPLOYED, MINH_NGOC));
        // Enrolled by a centre in 2026, met by no survey: 2026's, not 2025's.
        training.enrol(staff, course("SO_CAP"), person("Vàng Văn Sử", 1991, 1, 1, Sex.MALE, LabourStatus.UNEMPLOYED,
                MINH_NGOC), LocalDate.of(2026, 3, 1));

        assertThat(indicators.report(Optional.of(MINH_NGOC), BASELINE_YEAR, DEFAULTS).unmatched()).isEqualTo(in2025);
        assertThat(indicators.report(Optional.of(MINH_NGOC), YEAR, DEFAULTS).unmatched()).isEqualTo(in2026 + 1);
    }

    @Test
    void theFrozenBaselineYearStandsAtTheStartOfItsPathNotWithoutOne() {
        IndicatorReport baseline = snapshots.get(BASELINE_YEAR).report();

        assertThat(baseline.progress().hasPath()).isTrue();
        assertThat(baseline.progress().expectedTrainedRate()).isEqualByComparingTo(baseline.headline().trainedRate());
        assertThat(baseline.progress().overall()).isEqualTo(Progress.Status.ON_TRACK);
    }

    @Test
    void aLabourStatusChangedIn2026LeavesThe2025FigureAsItWas() {
        IndicatorReport before = indicators.report(Optional.of(YEN_MINH), YEAR, DEFAULTS);
        assertThat(before.headline().population()).isEqualTo(2);

        // The 2026 survey finds Mai outside the labour force (caring for her family) from 1 June 2026.
        UUID mai = jdbc.sql("select id from person where commune_code = ? and full_name = ?")
                .params(YEN_MINH, "Vàng Thị Mai").query(UUID.class).single();
        registerImports.updateFromSurvey(List.of(new SurveyedStatus(mai, YEN_MINH, LabourStatus.OUTSIDE_LABOUR_FORCE)),
                Map.of(), LocalDate.of(2026, 6, 1));

        IndicatorReport after = indicators.report(Optional.of(YEN_MINH), YEAR, DEFAULTS);
        assertThat(after.headline().population()).isEqualTo(1);
        assertThat(after.trend()).extracting(y -> y.figure().population()).containsExactly(2L, 1L);
        assertThat(indicators.report(Optional.of(YEN_MINH), BASELINE_YEAR, DEFAULTS).headline())
                .isEqualTo(before.trend().get(0).figure());
        // An older survey imported late does not undo the newer status.
        registerImports.updateFromSurvey(List.of(new SurveyedStatus(mai, YEN_MINH, LabourStatus.EMPLOYED)),
                Map.of(), LocalDate.of(2025, 12, 31));
        assertThat(indicators.report(Optional.of(YEN_MINH), YEAR, DEFAULTS).headline().population()).isEqualTo(1);
    }

    @Test
    void shortCoursesCountAsTrainedOnlyWhenTheSettingSaysSo() {
        Figure counted = lungCu(new IndicatorSettings(true, true, Denominator.LABOUR_FORCE)).headline();

        assertThat(counted).isEqualTo(new Figure(6, 4, 2, Source.REGISTER));
        assertThat(counted.trainedRate()).isEqualByComparingTo("66.7");
    }

    @Test
    void informalSkillsCountOnlyWhenTheSettingSaysSo() {
        assertThat(lungCu(new IndicatorSettings(false, false, Denominator.LABOUR_FORCE)).headline())
                .isEqualTo(new Figure(6, 2, 2, Source.REGISTER));
    }

    @Test
    void theEmployedDenominatorLeavesTheUnemployedOut() {
        Figure employed = lungCu(new IndicatorSettings(false, true, Denominator.EMPLOYED)).headline();

        assertThat(employed).isEqualTo(new Figure(4, 3, 2, Source.REGISTER));
        assertThat(employed.trainedRate()).isEqualByComparingTo("75.0");
        assertThat(employed.certifiedRate()).isEqualByComparingTo("50.0");
    }

    @Test
    void eachYearIsCountedAsOfItsThirtyFirstOfDecember() {
        IndicatorReport report = lungCu(DEFAULTS);

        // 2025: Hải's certificate (2026) does not count yet; An counts on his 2024 sơ cấp.
        assertThat(report.trend()).containsExactly(
                new IndicatorReport.YearFigure(2025, new Figure(6, 2, 1, Source.REGISTER)),
                new IndicatorReport.YearFigure(2026, new Figure(6, 3, 2, Source.REGISTER)));
    }

    @Test
    void breakdownsBySexAndAgeBandAddUpToTheHeadline() {
        IndicatorReport report = lungCu(DEFAULTS);

        assertThat(report.bySex()).containsExactly(
                new IndicatorReport.Row("MALE", new Figure(3, 2, 2, Source.REGISTER)),
                new IndicatorReport.Row("FEMALE", new Figure(3, 1, 0, Source.REGISTER)));
        // Ages on 31 Dec 2026: Cường 31, Giang 34, Hải 26 | An 36, Bình 41 | Dung 46.
        assertThat(report.byAgeBand()).containsExactly(
                new IndicatorReport.Row("A25_34", new Figure(3, 1, 1, Source.REGISTER)),
                new IndicatorReport.Row("A35_44", new Figure(2, 1, 1, Source.REGISTER)),
                new IndicatorReport.Row("A45_54", new Figure(1, 1, 0, Source.REGISTER)));
    }

    @Test
    void theCommuneIsMeasuredAgainstTheStraightPathFromTheBaselineYear() {
        Progress progress = lungCu(DEFAULTS).progress();

        // 2025 rates 33.3 % and 16.7 %; one fifth of the way to 72 % and 30 %: 33.3 + 7.7 and 16.7 + 2.7.
        assertThat(progress.expectedTrainedRate()).isEqualByComparingTo("41.0");
        assertThat(progress.expectedCertifiedRate()).isEqualByComparingTo("19.4");
        assertThat(progress.trainedStatus()).isEqualTo(Progress.Status.ON_TRACK);
        assertThat(progress.certifiedStatus()).isEqualTo(Progress.Status.ON_TRACK);
        // 72 % of 6 is 4.32, so 5 people: 2 more over the 4 years left, 1 a year; 30 % of 6 is 2: reached.
        assertThat(progress.trainedPerYear()).isEqualTo(1);
        assertThat(progress.certifiedPerYear()).isZero();
    }

    @Test
    void eachRateIsMeasuredAgainstItsOwnPathAndTheCommuneStatesBoth() {
        IndicatorReport report = indicators.report(Optional.of(TAT_NGA), YEAR, DEFAULTS);

        assertThat(report.headline()).isEqualTo(new Figure(4, 2, 1, Source.REGISTER));
        assertThat(report.progress().expectedTrainedRate()).isEqualByComparingTo("54.4");
        assertThat(report.progress().expectedCertifiedRate()).isEqualByComparingTo("6.0");
        assertThat(report.progress().trainedStatus()).isEqualTo(Progress.Status.BEHIND);
        assertThat(report.progress().certifiedStatus()).isEqualTo(Progress.Status.ON_TRACK);
        assertThat(report.progress().overall()).isEqualTo(Progress.Status.BEHIND);
        assertThat(report.communes()).singleElement().satisfies(c -> {
            assertThat(c.progress().trainedStatus()).isEqualTo(Progress.Status.BEHIND);
            assertThat(c.progress().certifiedStatus()).isEqualTo(Progress.Status.ON_TRACK);
        });
    }

    @Test
    void aLateUploadRevisesTheBaselineYearsFigureButNeverMovesThePath() {
        IndicatorReport before = indicators.report(Optional.of(KHAU_VAI), YEAR, DEFAULTS);
        assertThat(before.progress().expectedTrainedRate()).isEqualByComparingTo("34.4");
        assertThat(before.progress().expectedCertifiedRate()).isEqualByComparingTo("26.0");

        // Two learners certified in 2025 reach the centre's records in 2026: known to no survey, they change nothing yet.
        UUID pao = certified(course("SO_CAP"), person("Sùng Văn Páo", 1995, 5, 5, Sex.MALE, LabourStatus.EMPLOYED,
                KHAU_VAI), LocalDate.of(2025, 9, 1)).personId();
        UUID say = certified(course("SO_CAP"), person("Sùng Thị Say", 1996, 6, 6, Sex.FEMALE, LabourStatus.EMPLOYED,
                KHAU_VAI), LocalDate.of(2025, 9, 1)).personId();
        assertThat(indicators.report(Optional.of(KHAU_VAI), BASELINE_YEAR, DEFAULTS).revised()).isFalse();
        assertThat(indicators.report(Optional.of(KHAU_VAI), BASELINE_YEAR, DEFAULTS).unmatched()).isEqualTo(2);
        // Then the commune's 2025 survey, imported late, covers them: 2025's live figure is now 3 of 6.
        registerImports.updateFromSurvey(List.of(new SurveyedStatus(pao, KHAU_VAI, LabourStatus.EMPLOYED),
                new SurveyedStatus(say, KHAU_VAI, LabourStatus.EMPLOYED)), Map.of(), LocalDate.of(2025, 12, 31));

        IndicatorReport baselineYear = indicators.report(Optional.of(KHAU_VAI), BASELINE_YEAR, DEFAULTS);
        assertThat(baselineYear.headline()).isEqualTo(new Figure(6, 3, 3, Source.REGISTER));
        assertThat(baselineYear.frozen()).isEqualTo(new Figure(4, 1, 1, Source.REGISTER));
        assertThat(baselineYear.revised()).isTrue();
        IndicatorReport after = indicators.report(Optional.of(KHAU_VAI), YEAR, DEFAULTS);
        assertThat(after.progress().expectedTrainedRate()).isEqualByComparingTo("34.4");
        assertThat(after.progress().expectedCertifiedRate()).isEqualByComparingTo("26.0");
        assertThat(after.path()).isEqualTo(before.path());
    }

    @Test
    void aCommuneWithItsOwnTargetsIsMeasuredAgainstThemAndTheProvinceAgainstItsOwn() {
        IndicatorReport before = indicators.report(Optional.of(NIEM_SON), YEAR, DEFAULTS);
        // Niêm Sơn, 2025 rates 33.3 % and 0.0 %: one fifth of the way to the province's 72 % and 30 %.
        assertThat(before.progress().expectedTrainedRate()).isEqualByComparingTo("41.0");
        assertThat(before.progress().expectedCertifiedRate()).isEqualByComparingTo("6.0");

        communeTargets.set(department, new CommuneTargets.Entry(NIEM_SON, new BigDecimal("50.0"), new BigDecimal("20.0"),
                "Xã vùng cao, Nghị quyết của Đảng bộ xã nhiệm kỳ 2025–2030"));

        IndicatorReport own = indicators.report(Optional.of(NIEM_SON), YEAR, DEFAULTS);
        assertThat(own.targets().trained()).isEqualByComparingTo("50.0");
        assertThat(own.ownTarget().reason()).isEqualTo("Xã vùng cao, Nghị quyết của Đảng bộ xã nhiệm kỳ 2025–2030");
        assertThat(own.ownTarget().setBy()).isEqualTo(department.getUsername());
        // From the same frozen baseline, one fifth of the way to 50 % and 20 %: 33.3 + 3.3 and 0.0 + 4.0.
        assertThat(own.progress().expectedTrainedRate()).isEqualByComparingTo("36.6");
        assertThat(own.progress().expectedCertifiedRate()).isEqualByComparingTo("4.0");
        assertThat(own.path()).last().satisfies(p -> assertThat(p.trainedRate()).isEqualByComparingTo("50.0"));
        IndicatorReport province = indicators.report(Optional.empty(), YEAR, DEFAULTS);
        assertThat(province.targets().trained()).isEqualByComparingTo("72");
        assertThat(province.ownTarget()).isNull();
        assertThat(province.communes()).filteredOn(c -> c.code().equals(NIEM_SON)).singleElement()
                .satisfies(c -> assertThat(c.progress().expectedTrainedRate()).isEqualByComparingTo("36.6"));
        assertThat(province.communes()).filteredOn(c -> c.code().equals(LUNG_CU)).singleElement()
                .satisfies(c -> assertThat(c.progress().expectedTrainedRate()).isEqualByComparingTo("41.0"));

        assertThatThrownBy(() -> communeTargets.set(department, new CommuneTargets.Entry(NIEM_SON, new BigDecimal("40"),
                new BigDecimal("45"), "x"))).isInstanceOfSatisfying(IndicatorException.class,
                e -> assertThat(e.field()).isEqualTo("certified"));
    }

    @Test
    void yearsBeforeTheBaselineHaveNoStatusAndAPathNeedsTheBaselineFrozenWithTheSameSettings() {
        assertThat(lungCu(DEFAULTS).baselineFixed()).isTrue();
        Progress before = indicators.report(Optional.of(LUNG_CU), 2024, DEFAULTS).progress();
        assertThat(before.trainedStatus()).isEqualTo(Progress.Status.BEFORE_BASELINE);
        assertThat(before.certifiedStatus()).isEqualTo(Progress.Status.BEFORE_BASELINE);
        assertThat(before.hasPath()).isFalse();

        IndicatorReport otherSettings = lungCu(new IndicatorSettings(true, true, Denominator.LABOUR_FORCE));
        assertThat(otherSettings.baselineFixed()).isFalse();
        assertThat(otherSettings.progress().trainedStatus()).isEqualTo(Progress.Status.NO_BASELINE);
        assertThat(otherSettings.path()).isEmpty();
    }

    @Test
    void aYearIsFrozenAsFinalOnlyOnceItHasEndedAndAProvisionalSnapshotGivesWayToTheNext() {
        int current = indicators.currentYear();
        assertThatThrownBy(() -> snapshots.freeze(department, current, DEFAULTS, false))
                .isInstanceOfSatisfying(IndicatorException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicators.snapshot.beforeYearEnd"));

        Snapshot first = snapshots.freeze(department, current, DEFAULTS, true);
        assertThat(snapshots.get(current).provisional()).isTrue();
        Snapshot second = snapshots.freeze(department, current, new IndicatorSettings(true, true, Denominator.LABOUR_FORCE), true);
        assertThat(snapshots.get(current).report().settings()).isEqualTo(second.report().settings())
                .isNotEqualTo(first.report().settings());

        int past = 2022;
        snapshots.freeze(department, past, DEFAULTS, true);
        snapshots.freeze(department, past, DEFAULTS, false);
        assertThat(snapshots.get(past).provisional()).isFalse();
        assertThatThrownBy(() -> snapshots.freeze(department, past, DEFAULTS, true))
                .isInstanceOfSatisfying(IndicatorException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicators.snapshot.exists"));
    }

    @Test
    void aNationalSkillCertificateCountsAsTheSettingSays() {
        // Xã Niêm Sơn: Lờ holds one with 5 years in the trade, Trà one with 1 year, Sùng none.
        assertThat(niemSon(NationalSkillCertificates.NOT_COUNTED)).isEqualTo(new Figure(3, 0, 0, Source.REGISTER));
        assertThat(niemSon(NationalSkillCertificates.TRAINED_AFTER_THREE_YEARS)).isEqualTo(new Figure(3, 1, 0, Source.REGISTER));
        assertThat(niemSon(NationalSkillCertificates.TRAINED)).isEqualTo(new Figure(3, 2, 0, Source.REGISTER));
        assertThat(niemSon(NationalSkillCertificates.CERTIFIED)).isEqualTo(new Figure(3, 2, 2, Source.REGISTER));
        // It is its own setting: not counting informal skills leaves the certificate with 3 years counted.
        assertThat(indicators.report(Optional.of(NIEM_SON), YEAR, new IndicatorSettings(false, false,
                Denominator.LABOUR_FORCE, NationalSkillCertificates.TRAINED_AFTER_THREE_YEARS)).headline())
                .isEqualTo(new Figure(3, 1, 0, Source.REGISTER));
        assertThat(DEFAULTS.nationalSkillCertificates()).isEqualTo(NationalSkillCertificates.TRAINED_AFTER_THREE_YEARS);
    }

    private Figure niemSon(NationalSkillCertificates counted) {
        return indicators.report(Optional.of(NIEM_SON), YEAR,
                new IndicatorSettings(false, true, Denominator.LABOUR_FORCE, counted)).headline();
    }

    @Test
    void freezingTheSameYearTwiceAtOnceKeepsOneSnapshotAndTellsTheOtherItIsFrozen() throws Exception {
        for (int year : List.of(2016, 2017, 2018)) {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<String>> outcomes = two.invokeAll(java.util.Collections.nCopies(2, () -> {
                    together.await();
                    try {
                        snapshots.freeze(department, year, DEFAULTS, false);
                        return "frozen";
                    } catch (IndicatorException e) {
                        return e.messageKey();
                    }
                }));
                List<String> said = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<String> outcome : outcomes) {
                    said.add(outcome.get());
                }
                assertThat(said).containsExactlyInAnyOrder("frozen", "indicators.snapshot.exists");
                assertThat(snapshots.get(year).provisional()).isFalse();
            } finally {
                two.shutdown();
            }
        }
    }

    @Test
    void aCommuneWithoutASurveyRestsOnItsBaselineAndSaysSo() {
        baselines.record(department, new Baselines.Entry(DONG_VAN, 2025, 1000, 500, 200, "Điều tra cung lao động 2025"));

        IndicatorReport report = indicators.report(Optional.of(DONG_VAN), YEAR, DEFAULTS);
        assertThat(report.headline()).isEqualTo(new Figure(1000, 500, 200, Source.BASELINE));
        assertThat(report.communes()).singleElement()
                .satisfies(c -> assertThat(c.baselineYear()).isEqualTo(2025));
        // A baseline counts the labour force only: under the employed denominator the commune has no figure.
        IndicatorReport employed = indicators.report(Optional.of(DONG_VAN), YEAR,
                new IndicatorSettings(false, true, Denominator.EMPLOYED));
        assertThat(employed.headline()).isEqualTo(Figure.NONE);
        // ... and the total says in words what it leaves out.
        assertThat(employed.leftOut()).isEqualTo(new IndicatorReport.LeftOut(1, 1000));
        assertThat(report.leftOut().any()).isFalse();
        // Nor does it know the commune's workers abroad: counting them in leaves the commune out the same way.
        IndicatorReport abroadIn = indicators.report(Optional.of(DONG_VAN), YEAR, new IndicatorSettings(false, true,
                Denominator.LABOUR_FORCE, NationalSkillCertificates.TRAINED_AFTER_THREE_YEARS,
                WorkersAbroad.IN_LABOUR_FORCE));
        assertThat(abroadIn.headline()).isEqualTo(Figure.NONE);
        assertThat(abroadIn.leftOut()).isEqualTo(new IndicatorReport.LeftOut(1, 1000));
    }

    @Test
    void theProvinceAddsUpItsCommunesWhateverEachRestsOn() {
        baselines.record(department, new Baselines.Entry(DONG_VAN, 2025, 1000, 500, 200, "Điều tra cung lao động 2025"));
        IndicatorReport province = indicators.report(Optional.empty(), YEAR, DEFAULTS);

        assertThat(province.communes()).hasSize(124);
        Figure sum = province.communes().stream().map(IndicatorReport.CommuneFigure::figure)
                .reduce(Figure.NONE, Figure::plus);
        assertThat(province.headline()).isEqualTo(sum);
        assertThat(province.headline().source()).isEqualTo(Source.MIXED);
        assertThat(province.communes()).filteredOn(c -> c.code().equals(LUNG_CU)).singleElement()
                .satisfies(c -> assertThat(c.figure()).isEqualTo(new Figure(6, 3, 2, Source.REGISTER)));
    }

    @Test
    void aBaselineCannotCountMoreTrainedThanItsLabourForce() {
        assertThatThrownBy(() -> baselines.record(department, new Baselines.Entry(DONG_VAN, 2024, 100, 101, 0, "x")))
                .isInstanceOfSatisfying(IndicatorException.class, e -> assertThat(e.field()).isEqualTo("trained"));
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirOwnCommune() {
        CurrentUser officer = accounts.create(Role.COMMUNE_OFFICER);

        assertThat(indicators.scope(officer, Optional.empty())).contains("00694");
        assertThatThrownBy(() -> indicators.scope(officer, Optional.of(LUNG_CU))).isInstanceOf(AccessDeniedException.class);
        assertThat(indicators.scope(department, Optional.of(LUNG_CU))).contains(LUNG_CU);
    }

    /** What a commune survey of {@code on} does: everyone now registered in these communes is found as they are. */
    private void surveyed(LocalDate on, String... communes) {
        List<SurveyedStatus> found = jdbc.sql("select id, commune_code, labour_status from person where commune_code in (:communes)")
                .param("communes", List.of(communes))
                .query((rs, n) -> new SurveyedStatus(rs.getObject("id", UUID.class), rs.getString("commune_code"),
                        LabourStatus.valueOf(rs.getString("labour_status")))).list();
        registerImports.updateFromSurvey(found, Map.of(), on);
    }

    private IndicatorReport lungCu(IndicatorSettings settings) {
        return indicators.report(Optional.of(LUNG_CU), YEAR, settings);
    }

    private UUID course(String level) {
        return training.createCourse(staff, centre, new NewCourse("IND-" + level + "-" + UUID.randomUUID().toString()
                .substring(0, 6), "Hàn điện", "7212", level, TestCourses.months(level), true)).id();
    }

    private static NewPerson person(String name, int year, int month, int day, Sex sex, LabourStatus status) {
        return person(name, year, month, day, sex, status, LUNG_CU);
    }

    private static NewPerson person(String name, int year, int month, int day, Sex sex, LabourStatus status,
                                    String commune) {
        LocalDate born = LocalDate.of(year, month, day);
        return new NewPerson(TestPeople.citizenId(born, sex), name, born, sex, "01", commune, null, status);
    }

    private Enrolment completed(UUID course, NewPerson person, LocalDate on) {
        Enrolment enrolment = training.enrol(staff, course, person, on.minusMonths(3));
        return training.complete(staff, enrolment.id(), on);
    }

    private Enrolment certified(UUID course, NewPerson person, LocalDate issuedOn) {
        Enrolment enrolment = completed(course, person, issuedOn);
        certificates.issue(staff, enrolment.id(), "SC-" + UUID.randomUUID().toString().substring(0, 8), issuedOn);
        return enrolment;
    }

    private void certifiedById(UUID course, UUID personId, LocalDate issuedOn) {
        // The same citizen enrolling again is found by citizen ID; here we already hold their id.
        var person = register.find(personId).orElseThrow();
        certified(course, new NewPerson(person.citizenId().value(), person.fullName(), person.birthDate(), person.sex(),
                person.ethnicCode(), person.communeCode(), null, person.labourStatus()), issuedOn);
    }
}
