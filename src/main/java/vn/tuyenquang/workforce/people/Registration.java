package vn.tuyenquang.workforce.people;

import java.util.UUID;

/** The person a registration resolved to, and whether it created them. */
public record Registration(UUID personId, boolean created) {
}
