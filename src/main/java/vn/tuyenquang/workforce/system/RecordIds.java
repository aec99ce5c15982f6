package vn.tuyenquang.workforce.system;

import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Ids of the register's and training's records (persons, qualification facts, enrolments, certificates):
 * time-ordered UUIDs (RFC 9562 version 7, from uuid-creator). A random UUID lands anywhere in a primary-key
 * index, so a large import writes all over its indexes and slows as they outgrow memory; a time-ordered one
 * appends at the end. They still reveal nothing but roughly when a record was created.
 */
public final class RecordIds {

    private RecordIds() {
    }

    public static UUID next() {
        return UuidCreator.getTimeOrderedEpoch();
    }

    /** The ids among these texts that are UUIDs (an audit event's record id is text), the others left out. */
    public static java.util.List<UUID> parse(java.util.Collection<String> texts) {
        java.util.List<UUID> ids = new java.util.ArrayList<>();
        for (String text : texts) {
            try {
                ids.add(UUID.fromString(text));
            } catch (IllegalArgumentException notAnId) {
                // a record named otherwise (a year, a code): not one of these
            }
        }
        return ids;
    }
}
