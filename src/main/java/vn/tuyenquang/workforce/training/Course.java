package vn.tuyenquang.workforce.training;

import java.util.UUID;

/**
 * A course a centre runs: it trains for one VSCO 2020 occupation (4 digits) at one qualification level.
 *
 * @param fullTime whether it is full-time (chính quy) rather than part-time or in-service
 */
public record Course(UUID id, UUID centreId, String code, String name, String occupationCode, String levelCode,
                     int durationMonths, boolean fullTime) {
}
