package vn.tuyenquang.workforce.training.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tuyenquang.workforce.system.QrCodes;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.accreditation.Accreditations;

/**
 * Public certificate verification, without signing in: anyone holding a certificate's short code (or
 * scanning its QR code) sees whether it is valid, and nothing personal beyond a masked name.
 */
@Controller
class VerificationController {

    static final String VERIFY_VIEW = "training/verify";

    private final Certificates certificates;
    private final Accreditations accreditations;

    VerificationController(Certificates certificates, Accreditations accreditations) {
        this.certificates = certificates;
        this.accreditations = accreditations;
    }

    /** The form to type a code, or the result for {@code ?code=}. */
    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code, CsrfToken formToken) {
        String clean = code == null ? "" : code.replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        // The QR check's form posts: its token is made now, before the page is on its way (made at the form, further
        // down the page, it would need a session once the response is committed).
        formToken.getToken();
        return clean.isEmpty() ? VERIFY_VIEW : "redirect:/verify/" + clean;
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        Certificates.Verification verification = certificates.verify(code).orElse(null);
        model.addAttribute("verification", verification);
        model.addAttribute("accreditation", verification == null ? null
                : accreditations.current(verification.centreId()).orElse(null));
        return VERIFY_VIEW;
    }

    /** The QR code of the verification page's address, as SVG. */
    @GetMapping(value = "/verify/{code}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable String code, HttpServletRequest request) {
        if (certificates.verify(code).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String address = ServletUriComponentsBuilder.fromContextPath(request).path("/verify/{code}")
                .buildAndExpand(code).toUriString();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(QrCodes.svg(address));
    }
}
