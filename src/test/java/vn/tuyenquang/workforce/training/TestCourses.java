package vn.tuyenquang.workforce.training;

import java.util.Map;

/** Course durations that fit each level, as a centre would set them (sơ cấp 3 months, trung cấp 12, …). */
public final class TestCourses {

    private static final Map<String, Integer> MONTHS = Map.of("CONTINUING_UNDER_3M", 2, "NATIONAL_SKILL_CERT", 3,
            "SO_CAP", 3, "TRUNG_CAP", 12, "CAO_DANG", 24, "DAI_HOC", 48, "THAC_SI", 24, "TIEN_SI", 36);

    private TestCourses() {
    }

    public static int months(String level) {
        return MONTHS.getOrDefault(level, 3);
    }
}
