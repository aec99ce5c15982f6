package vn.tuyenquang.workforce.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The province's time (UTC+7): what "today" and "on its day" mean to its users, whatever the server's zone. */
public final class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dayOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }
}
