package vn.tuyenquang.workforce.training.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tuyenquang.workforce.training.Certificates;

/**
 * Public certificate verification, without signing in: anyone holding a certificate's short code (or
 * scanning its QR code) sees whether it is valid, and nothing personal beyond a masked name.
 */
@Controller
class VerificationController {

    static final String VERIFY_VIEW = "training/verify";

    private final Certificates certificates;

    VerificationController(Certificates certificates) {
        this.certificates = certificates;
    }

    /** The form to type a code, or the result for {@code ?code=}. */
    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        String clean = code == null ? "" : code.replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        return clean.isEmpty() ? VERIFY_VIEW : "redirect:/verify/" + clean;
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("verification", certificates.verify(code).orElse(null));
        return VERIFY_VIEW;
    }

    /** The QR code of the verification page's address, as SVG. */
    @GetMapping(value = "/verify/{code}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable String code, HttpServletRequest request) throws WriterException {
        if (certificates.verify(code).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String address = ServletUriComponentsBuilder.fromContextPath(request).path("/verify/{code}")
                .buildAndExpand(code).toUriString();
        BitMatrix matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(svg(matrix));
    }

    private static String svg(BitMatrix matrix) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
                + " fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
