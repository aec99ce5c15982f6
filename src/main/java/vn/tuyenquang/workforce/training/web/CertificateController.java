package vn.tuyenquang.workforce.training.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.TrainingException;
import vn.tuyenquang.workforce.training.Certificates;

/** A certificate's page for its centre: what it says, its QR code, and revoking it. */
@Controller
class CertificateController {

    static final String CERTIFICATE_VIEW = "training/certificate";

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/training/certificates/{id}")
    String certificate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Certificate certificate = certificates.certificate(user, id);
        model.addAttribute("certificate", certificate);
        model.addAttribute("verification", certificates.verify(certificate.verificationCode()).orElseThrow());
        return CERTIFICATE_VIEW;
    }

    @PostMapping("/training/certificates/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam String reason, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes flash) {
        try {
            certificates.revoke(user, id, reason);
            flash.addFlashAttribute("message", "certificate.revoked");
        } catch (TrainingException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/training/certificates/" + id;
    }
}
