package vn.tuyenquang.workforce.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where a figure stands on the path: each rate on its own, and why there is no status when there is none. */
class ProgressTest {

    static final Progress.Targets TARGETS = new Progress.Targets(BigDecimal.valueOf(72), BigDecimal.valueOf(30), 2030, 2025);

    @Test
    void eachRateHasItsOwnStatusAndTheOverallOneIsBehindWhenEitherIs() {
        // Baseline 50 % trained, 10 % certified; 2026 expects 54.4 % and 14.0 %.
        Progress progress = Progress.of(new Figure(100, 50, 50, Source.REGISTER),
                Optional.of(new Figure(100, 50, 10, Source.REGISTER)), 2026, TARGETS);

        assertThat(progress.expectedTrainedRate()).isEqualByComparingTo("54.4");
        assertThat(progress.expectedCertifiedRate()).isEqualByComparingTo("14.0");
        assertThat(progress.trainedStatus()).isEqualTo(Progress.Status.BEHIND);
        assertThat(progress.certifiedStatus()).isEqualTo(Progress.Status.ON_TRACK);
        assertThat(progress.overall()).isEqualTo(Progress.Status.BEHIND);
    }

    @Test
    void certifiedBehindWhileTrainedOnTrackIsBehindToo() {
        Progress progress = Progress.of(new Figure(100, 60, 10, Source.REGISTER),
                Optional.of(new Figure(100, 50, 10, Source.REGISTER)), 2026, TARGETS);

        assertThat(progress.trainedStatus()).isEqualTo(Progress.Status.ON_TRACK);
        assertThat(progress.certifiedStatus()).isEqualTo(Progress.Status.BEHIND);
        assertThat(progress.overall()).isEqualTo(Progress.Status.BEHIND);
    }

    @Test
    void withoutAFixedBaselineOrBeforeItThereIsNoStatusNotEvenAtZeroPercent() {
        Figure nobodyTrained = new Figure(100, 0, 0, Source.REGISTER);

        assertThat(Progress.of(nobodyTrained, Optional.empty(), 2026, TARGETS).overall())
                .isEqualTo(Progress.Status.NO_BASELINE);
        Progress before = Progress.of(nobodyTrained, Optional.of(nobodyTrained), 2020, TARGETS);
        assertThat(before.overall()).isEqualTo(Progress.Status.BEFORE_BASELINE);
        assertThat(before.hasPath()).isFalse();
        assertThat(Progress.of(Figure.NONE, Optional.of(nobodyTrained), 2026, TARGETS).overall())
                .isEqualTo(Progress.Status.NO_DATA);
    }
}
