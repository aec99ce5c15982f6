package vn.tuyenquang.workforce.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate a centre issued on a completed enrolment. It can be revoked, with a reason; a revoked
 * certificate no longer counts towards its holder's qualification, and its public page says so.
 *
 * @param verificationCode the short code of its public verification page
 */
public record Certificate(UUID id, UUID centreId, UUID enrolmentId, UUID personId, String number, String levelCode,
                          String occupationCode, LocalDate issuedOn, Status status, String revokedReason,
                          Instant revokedAt, String verificationCode) {

    /** The longest certificate number kept (certificate.number). */
    public static final int NUMBER_MAX = 40;

    /**
     * What a number is compared by, everywhere (import, form, API): without surrounding spaces, in capitals, so that
     * "hv2-810146 " and "HV2-810146" are one number.
     */
    public static String numberKey(String number) {
        return number.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public enum Status { VALID, REVOKED }

    Certificate revoke(String reason, Instant at) {
        if (status == Status.REVOKED) {
            throw new TrainingException("certificate.alreadyRevoked", null);
        }
        return new Certificate(id, centreId, enrolmentId, personId, number, levelCode, occupationCode, issuedOn,
                Status.REVOKED, reason, at, verificationCode);
    }
}
