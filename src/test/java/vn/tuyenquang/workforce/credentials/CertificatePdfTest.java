package vn.tuyenquang.workforce.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.TestCertificates;

/** The printable certificate: its text, its QR code read back to the token, every Vietnamese letter in its font. */
@IntegrationTest
@Import({TestAccounts.class, TestCertificates.class})
class CertificatePdfTest {

    /** The 29 letters of the Vietnamese alphabet and its 12 vowels with each of the five tone marks: 89 letters. */
    static final String VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrs"
            + "tuùúủũụưừứửữựvxyỳýỷỹỵ";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCertificates issued;

    @Autowired
    Credentials credentials;

    @Autowired
    CredentialsProperties properties;

    @Test
    void everyVietnameseLetterWithItsToneMarksIsInTheEmbeddedFonts() throws Exception {
        String letters = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.toUpperCase(java.util.Locale.ROOT);
        for (String file : new String[]{"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"}) {
            try (InputStream in = getClass().getResourceAsStream("/fonts/" + file)) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                assertThat(font.canDisplayUpTo(letters)).as(file + " lacks the letter at this index").isEqualTo(-1);
            }
        }
    }

    @Test
    void theA4CertificateSaysWhatThePaperShouldAndItsQrCodeHoldsTheSignedToken() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Kỹ thuật chế biến món ăn", "5120");
        LocalDate born = LocalDate.of(1998, 12, 24);
        Certificate certificate = issued.certify(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.FEMALE),
                "Nguyễn Thị Ánh Tuyết", born, Sex.FEMALE, "01", "00691", null, LabourStatus.EMPLOYED), LocalDate.of(2026, 6, 15));

        byte[] pdf = mvc.perform(get("/credentials/{id}/certificate.pdf", certificate.id()).with(user(staff)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Nguyễn Thị Ánh Tuyết").contains("24/12/1998").contains("Kỹ thuật chế biến món ăn")
                    .contains("5120").contains(certificate.number()).contains(certificate.verificationCode())
                    .contains("ngày 15 tháng 6 năm 2026");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);
            // The QR code sits in the page's lower right corner, as a phone would frame it.
            String scanned = read(page.getSubimage(page.getWidth() * 2 / 3, page.getHeight() / 2, page.getWidth() / 3,
                    page.getHeight() / 2));
            assertThat(scanned).isEqualTo(properties.address("/verify#t=" + credentials.of(staff, certificate.id()).qrToken()));
            assertThat(credentials.check(scanned).outcome()).isEqualTo(TokenCheck.Outcome.VALID);
        }

        byte[] english = mvc.perform(get("/credentials/{id}/certificate.pdf", certificate.id()).param("language", "en")
                .with(user(staff))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(document)).contains("SOCIALIST REPUBLIC OF VIETNAM")
                    .contains("Awarded to").contains("Nguyễn Thị Ánh Tuyết");
        }

        // The course's certificates, one page each, in one file; another centre's staff get none of them.
        byte[] course2 = mvc.perform(get("/credentials/courses/{id}/certificates.pdf", course).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(course2)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        mvc.perform(get("/credentials/courses/{id}/certificates.pdf", course)
                .with(user(accounts.create(Role.CENTRE_STAFF, accounts.newCentre())))).andExpect(status().isForbidden());
    }

    private static String read(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
    }
}
