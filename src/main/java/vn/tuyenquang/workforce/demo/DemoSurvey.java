package vn.tuyenquang.workforce.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.imports.SurveyImports;
import vn.tuyenquang.workforce.indicators.Baselines;
import vn.tuyenquang.workforce.reference.Commune;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * The demo province's labour-supply survey of 2025, imported in the background through the real survey import; the
 * last few communes get a baseline instead, as where no per-person survey exists yet.
 */
@Component
@Profile("demo")
class DemoSurvey {

    private static final int SURVEY_YEAR = 2025;
    /** Communes left without a per-person survey, resting on a baseline instead. */
    private static final int COMMUNES_ON_BASELINE = 10;

    private final ReferenceCatalog reference;
    private final SurveyImports surveys;
    private final Baselines baselines;
    /** How many residents the survey lists ({@code workforce.demo.surveyed-residents}). */
    private final int surveyedResidents;

    DemoSurvey(ReferenceCatalog reference, SurveyImports surveys, Baselines baselines,
               @Value("${workforce.demo.surveyed-residents:8000}") int surveyedResidents) {
        this.reference = reference;
        this.surveys = surveys;
        this.baselines = baselines;
        this.surveyedResidents = surveyedResidents;
    }

    void record(CurrentUser department, SyntheticProvince province) {
        List<Commune> communes = reference.communes();
        List<Commune> surveyed = communes.subList(0, communes.size() - COMMUNES_ON_BASELINE);
        java.util.Random random = new java.util.Random(DemoProvince.SEED);
        for (Commune commune : communes.subList(surveyed.size(), communes.size())) {
            long labourForce = 3000 + random.nextInt(9000);
            long trained = labourForce * (40 + random.nextInt(30)) / 100;
            baselines.record(department, new Baselines.Entry(commune.code(), SURVEY_YEAR, labourForce, trained,
                    trained * (30 + random.nextInt(30)) / 100, "Báo cáo tổng hợp của xã (giả lập)"));
        }
        try {
            Path file = Files.createTempFile("demo-survey-", ".csv");
            province.writeSurveyFile(file, surveyedResidents, surveyed, SURVEY_YEAR);
            try (InputStream content = Files.newInputStream(file)) {
                surveys.upload(department, SURVEY_YEAR, "dieu-tra-cung-lao-dong-2025-gia-lap.csv", content);
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
