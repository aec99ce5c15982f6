package vn.tuyenquang.workforce.placement;

import java.time.LocalDate;
import java.util.UUID;

/** A hire recorded through the application: who, from which day, in which occupation (VSCO 2020 code). */
public record Hire(UUID personId, LocalDate hiredOn, String occupationCode) {
}
