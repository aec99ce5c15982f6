package vn.tuyenquang.workforce.people;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The persons of a chunk by citizen ID: those already in the register and those to add (the first row
 * naming each new citizen ID wins; an existing person is never overwritten by a file).
 */
public record Resolution(Map<String, RegisteredIdentity> registered, Map<String, Person> added) {

    public UUID id(String citizenId) {
        RegisteredIdentity known = registered.get(citizenId);
        return known != null ? known.id() : added.get(citizenId).id();
    }

    public boolean isNew(String citizenId) {
        return added.containsKey(citizenId);
    }

    /** The ids of the persons already registered. */
    public Collection<UUID> existing() {
        return registered.values().stream().map(RegisteredIdentity::id).toList();
    }

    /**
     * Whether {@code submitted} names a registered person with another name or birth date (accents and case
     * aside): such a row is not merged but refused, and queued for the department ({@link RegisterImports#queueConflict}).
     */
    public boolean conflicts(Person submitted) {
        RegisteredIdentity known = registered.get(submitted.citizenId().value());
        return known != null && !IdentityConflicts.sameIdentity(known.fullName(), known.birthDate(),
                submitted.fullName(), submitted.birthDate());
    }
}
