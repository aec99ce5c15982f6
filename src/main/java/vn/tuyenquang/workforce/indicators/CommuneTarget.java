package vn.tuyenquang.workforce.indicators;

import java.math.BigDecimal;
import java.time.Instant;

/** A commune's own targets for the target year, set by the department apart from the province's, with why. */
public record CommuneTarget(String communeCode, BigDecimal trained, BigDecimal certified, String reason, String setBy,
                            Instant setAt) {
}
