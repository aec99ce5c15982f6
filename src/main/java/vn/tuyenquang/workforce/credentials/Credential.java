package vn.tuyenquang.workforce.credentials;

import java.time.Instant;
import java.util.UUID;

/**
 * A certificate's credential: the signed token its QR code holds, its index in the department's status list, the key
 * that signed it, and the handle of the learner's download address.
 */
public record Credential(UUID certificateId, int statusIndex, String keyId, String qrToken, String walletHandle,
                         Instant createdAt) {

    /** Entries in one status list: 131,072, the W3C Bitstring Status List's minimum (16 KB), for herd privacy. */
    public static final int LIST_SIZE = 131_072;

    /** The status list this credential's bit is in (1, 2, …). */
    public int statusList() {
        return statusIndex / LIST_SIZE + 1;
    }

    /** Its bit within that list. */
    public int statusListIndex() {
        return statusIndex % LIST_SIZE;
    }
}
