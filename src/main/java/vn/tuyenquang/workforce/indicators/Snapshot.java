package vn.tuyenquang.workforce.indicators;

import java.time.Instant;

/**
 * A year's province report as it was reported: frozen, whatever changes in the register later. A provisional
 * snapshot (frozen before the year ended) may be superseded by a later one; a final one never.
 */
public record Snapshot(int year, IndicatorReport report, String frozenBy, Instant frozenAt, boolean provisional) {
}
