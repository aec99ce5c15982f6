package vn.tuyenquang.workforce.employers;

import java.util.concurrent.atomic.AtomicInteger;

/** Synthetic employers for tests: well-formed tax codes, unique within a test run. */
public final class TestEmployers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestEmployers() {
    }

    /** A valid 10-digit tax code of Tuyên Quang's range (46…), its check digit computed. */
    public static String taxCode() {
        String base = String.format("46%07d", SEQUENCE.incrementAndGet());
        return base + TaxCode.checkDigit(base);
    }

    public static NewEmployer employer(String name) {
        return new NewEmployer(taxCode(), name, "Khu công nghiệp thử nghiệm", "00694", "Nguyễn Thị Liên", "0912345678",
                "tuyendung@example.com");
    }
}
