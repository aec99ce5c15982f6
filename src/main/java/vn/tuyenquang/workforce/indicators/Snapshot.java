package vn.tuyenquang.workforce.indicators;

import java.time.Instant;

/** A year's province report as it was reported: frozen, whatever changes in the register later. */
public record Snapshot(int year, IndicatorReport report, String frozenBy, Instant frozenAt) {
}
