package vn.tuyenquang.workforce.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import vn.tuyenquang.workforce.reference.Commune;

/**
 * A synthetic population of Tuyên Quang for demonstrations and benchmarks: seeded, so the same seed
 * gives the same people. Names are drawn from common Vietnamese family, middle and given names; every
 * citizen ID is well-formed and agrees with its birth date and sex, and is unique within one generator
 * (its last six digits count up per birth year and sex: a million people of each). Nobody here is a
 * real person.
 */
public final class SyntheticProvince {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Ma", "Nông", "Lò", "Hà", "Triệu", "Vàng", "Sùng", "Giàng", "Chu", "Lục");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Seo");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Mai", "Thị");
    private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khải", "Long",
            "Nam", "Phúc", "Quân", "Sơn", "Tuấn", "Việt", "Chứ", "Páo", "Thắng", "Toàn");
    private static final List<String> GIVEN_FEMALE = List.of("Anh", "Chi", "Dung", "Hà", "Hoa", "Hương", "Lan", "Linh",
            "Mai", "Ngọc", "Nhung", "Phương", "Thảo", "Trang", "Xuân", "Mỷ", "Dính", "Hòa");
    /** Ethnic-group codes weighted roughly as the province's population: Tày, Kinh, Dao, Mông, Nùng, others. */
    private static final List<String> ETHNIC = List.of("02", "02", "02", "01", "01", "01", "09", "09", "08", "08",
            "07", "13", "17", "03");
    private static final List<String> LABOUR = List.of("Có việc làm", "Có việc làm", "Có việc làm", "Thất nghiệp",
            "Không tham gia");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String GRADUATES_HEADER = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_dan_toc,ma_xa,dien_thoai,"
            + "tinh_trang_viec_lam,ma_khoa_hoc,ngay_nhap_hoc,ngay_hoan_thanh,so_chung_chi,ngay_cap";

    private final Random random;
    private final List<Commune> communes;
    /** The last six digits used so far, per century-and-sex digit and birth year. */
    private final java.util.Map<Integer, Integer> lastSerial = new java.util.HashMap<>();
    private int sequence;
    /** Where the six digits of citizen IDs start after, so that two generators make different persons. */
    private final int serialsAfter;

    public SyntheticProvince(long seed, List<Commune> communes) {
        this(seed, communes, 0);
    }

    /**
     * A generator whose citizen IDs number after {@code serialsAfter} in each birth year and sex: persons of its own,
     * beside those of a generator numbering from the start (the load test's files beside the demo's residents).
     */
    public SyntheticProvince(long seed, List<Commune> communes, int serialsAfter) {
        this.random = new Random(seed);
        this.communes = List.copyOf(communes);
        this.serialsAfter = serialsAfter;
    }

    /** One synthetic learner's row of a graduates file (batch/graduates/README.md). */
    public record GraduateRow(String citizenId, String fullName, LocalDate birthDate, boolean male, String ethnicCode,
                              String communeCode, String labourStatus, String courseCode, LocalDate enrolledOn,
                              LocalDate completedOn, String certificateNumber, LocalDate issuedOn) {

        String csv() {
            return String.join(",", citizenId, fullName, VIETNAMESE_DATE.format(birthDate), male ? "Nam" : "Nữ",
                    ethnicCode, communeCode, "", labourStatus, courseCode, VIETNAMESE_DATE.format(enrolledOn),
                    completedOn == null ? "" : VIETNAMESE_DATE.format(completedOn), certificateNumber == null ? "" : certificateNumber,
                    issuedOn == null ? "" : VIETNAMESE_DATE.format(issuedOn));
        }
    }

    /**
     * A made-up mobile number for a demo learner: a ten-digit number of a mobile prefix (the sequence after
     * "0988 0" runs through the demo's learners), for the contact journey to show a phone.
     */
    public String nextPhone() {
        return "09880" + String.format("%05d", random.nextInt(100_000));
    }

    /** The next learner: of working age, in one of {@code courseCodes}; most completed, most of those certified. */
    public GraduateRow nextGraduate(List<String> courseCodes, String certificatePrefix) {
        boolean male = random.nextBoolean();
        LocalDate birth = LocalDate.of(1966 + random.nextInt(43), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String citizenId = nextCitizenId(birth, male);
        sequence++;
        String name = pick(FAMILY) + " " + pick(male ? MIDDLE_MALE : MIDDLE_FEMALE) + " " + pick(male ? GIVEN_MALE : GIVEN_FEMALE);
        LocalDate enrolled = LocalDate.of(2024 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean completed = random.nextInt(10) < 8;
        LocalDate completedOn = completed ? enrolled.plusMonths(3 + random.nextInt(3)) : null;
        boolean certified = completed && random.nextInt(10) < 9;
        return new GraduateRow(citizenId, name, birth, male, pick(ETHNIC), pick(communes).code(), pick(LABOUR),
                pick(courseCodes), enrolled, completedOn, certified ? certificatePrefix + "-" + sequence : null,
                certified ? completedOn.plusDays(1 + random.nextInt(20)) : null);
    }

    /**
     * One synthetic resident of the labour register, as the register holds them after deriving their
     * qualifications: the level of their highest fact and the first dates from which they count as
     * certified, as having a short course, and as having an informal skill with 3 years in the trade.
     */
    public record Resident(String citizenId, String fullName, LocalDate birthDate, boolean male, String ethnicCode,
                           String communeCode, String labourStatus, String highestLevel, LocalDate certifiedSince,
                           LocalDate shortCourseSince, LocalDate informalSince, Integer yearsInTrade) {

        /**
         * The resident as a row of the labour-supply survey of {@code surveyYear} (batch/labour-survey): the
         * year a qualification was reached is kept between their 16th birthday and the survey year.
         */
        String surveyCsv(int surveyYear) {
            LocalDate since = java.util.stream.Stream.of(certifiedSince, shortCourseSince, informalSince)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            String status = switch (labourStatus) {
                case "EMPLOYED" -> "Có việc làm";
                case "UNEMPLOYED" -> "Thất nghiệp";
                default -> "Không tham gia";
            };
            return String.join(",", citizenId, fullName, VIETNAMESE_DATE.format(birthDate), male ? "Nam" : "Nữ",
                    ethnicCode, communeCode, status, highestLevel == null ? "NONE" : highestLevel, "",
                    yearsInTrade == null ? "" : yearsInTrade.toString(),
                    since == null ? "" : String.valueOf(Math.min(surveyYear, Math.max(since.getYear(), birthDate.getYear() + 16))));
        }
    }

    private static final List<String> STATUSES = List.of("EMPLOYED", "EMPLOYED", "EMPLOYED", "EMPLOYED", "EMPLOYED",
            "EMPLOYED", "EMPLOYED", "UNEMPLOYED", "OUTSIDE_LABOUR_FORCE", "OUTSIDE_LABOUR_FORCE");
    private static final List<String> CERTIFICATE_LEVELS = List.of("SO_CAP", "SO_CAP", "TRUNG_CAP", "CAO_DANG", "DAI_HOC");

    /**
     * The next resident: aged 10 to 79 (some too young to count), about a third certified, some with an
     * informal skill or a short course only, the rest untrained; facts dated 2000 to 2026.
     */
    public Resident nextResident() {
        return nextResident(communes);
    }

    /** The next resident, living in one of {@code in}. */
    public Resident nextResident(List<Commune> in) {
        boolean male = random.nextBoolean();
        LocalDate birth = LocalDate.of(1947 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String name = pick(FAMILY) + " " + pick(male ? MIDDLE_MALE : MIDDLE_FEMALE) + " " + pick(male ? GIVEN_MALE : GIVEN_FEMALE);
        int draw = random.nextInt(100);
        LocalDate since = LocalDate.of(2000 + random.nextInt(27), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String level = draw < 32 ? pick(CERTIFICATE_LEVELS) : draw < 45 ? "ON_THE_JOB" : draw < 52 ? "CONTINUING_UNDER_3M" : null;
        boolean skilled = "ON_THE_JOB".equals(level) && draw % 3 != 0;
        return new Resident(nextCitizenId(birth, male), name, birth, male, pick(ETHNIC), pick(in).code(),
                pick(STATUSES), level, draw < 32 ? since : null, "CONTINUING_UNDER_3M".equals(level) ? since : null,
                skilled ? since : null, "ON_THE_JOB".equals(level) ? (skilled ? 3 + random.nextInt(18) : random.nextInt(3)) : null);
    }

    /** A citizen ID unique within this generator, agreeing with the birth date and sex. */
    private String nextCitizenId(LocalDate birth, boolean male) {
        int digit = (birth.getYear() < 2000 ? 0 : 2) + (male ? 0 : 1);
        int serial = lastSerial.merge(digit * 100 + birth.getYear() % 100, serialsAfter + 1, (last, one) -> last + 1);
        return String.format("008%d%02d%06d", digit, birth.getYear() % 100, serial);
    }

    /** Writes the labour-supply survey of {@code surveyYear}: {@code rows} synthetic residents of {@code in}. */
    public void writeSurveyFile(Path file, int rows, List<Commune> in, int surveyYear) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_dan_toc,ma_xa,tinh_trang_viec_lam,trinh_do_cao_nhat,"
                    + "nganh_nghe,so_nam_lam_nghe,nam_dat_trinh_do\n");
            for (int i = 0; i < rows; i++) {
                out.write(nextResident(in).surveyCsv(surveyYear));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a graduates file of {@code rows} synthetic learners. */
    public void writeGraduatesFile(Path file, int rows, List<String> courseCodes, String certificatePrefix) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(GRADUATES_HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(nextGraduate(courseCodes, certificatePrefix).csv());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
