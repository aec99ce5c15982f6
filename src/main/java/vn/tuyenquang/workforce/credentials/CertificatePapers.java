package vn.tuyenquang.workforce.credentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import vn.tuyenquang.workforce.system.QrCodes;
import vn.tuyenquang.workforce.training.Certificates;

/**
 * Certificates printable on A4 (landscape), laid out as a Vietnamese vocational certificate: the national name and
 * motto, the centre, the level, the holder, the course and occupation, the number and day, and the QR code holding the
 * signed token. Rendered from a Thymeleaf template (XHTML) by openhtmltopdf, with DejaVu Serif embedded (every
 * Vietnamese letter with its tone marks). Several certificates make one PDF, a page each.
 */
@Component
class CertificatePapers {

    private static final String TEMPLATE = "credentials/certificate-pdf";
    private static final String FONT_FAMILY = "DejaVu Serif";

    private final CredentialKeeper keeper;
    private final CredentialsProperties properties;
    private final ITemplateEngine templates;

    CertificatePapers(CredentialKeeper keeper, CredentialsProperties properties, ITemplateEngine templates) {
        this.keeper = keeper;
        this.properties = properties;
        this.templates = templates;
    }

    /** One page per certificate, in a language (Vietnamese or English). */
    byte[] pdf(List<Certificates.Printed> certificates, Locale language) {
        List<Map<String, Object>> pages = certificates.stream().map(printed -> Map.<String, Object>of(
                "printed", printed,
                "qr", qrImage(properties.qrAddress(keeper.kept(printed))))).toList();
        Context context = new Context(language, Map.of("pages", pages, "issuerName", properties.issuerName(),
                "language", language));
        String xhtml = templates.process(new TemplateSpec(TEMPLATE, null, TemplateMode.XML, null), context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSerif.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSerif-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, properties.issuerUrl());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the certificates' PDF", e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream font(String file) {
        return CertificatePapers.class.getResourceAsStream("/fonts/" + file);
    }

    /** The QR code as a PNG data address, 8 pixels a module (sharp when printed 40 mm wide). */
    private static String qrImage(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(text, 8));
    }
}
