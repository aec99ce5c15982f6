package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.util.UUID;

/** A person already in the register, as an import meets them: their id and identity. */
public record RegisteredIdentity(UUID id, String fullName, LocalDate birthDate) {
}
