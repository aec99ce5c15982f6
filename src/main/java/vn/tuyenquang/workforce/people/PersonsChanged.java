package vn.tuyenquang.workforce.people;

import java.util.Set;
import java.util.UUID;

/**
 * These persons' records changed: their identity, residence, labour status, consent or qualifications (published
 * in the transaction that changes them, once for a whole import chunk). What other modules derive from the register
 * listens to it; the register knows nothing of what they do with it.
 */
public record PersonsChanged(Set<UUID> personIds) {

    public PersonsChanged {
        personIds = Set.copyOf(personIds);
    }
}
