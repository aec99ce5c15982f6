package vn.tuyenquang.workforce.credentials;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.training.Certificates;

/**
 * Makes a certificate's credential at its first view and keeps it: its status index, its QR token signed with the key
 * that signs then, and the learner's download handle. Two first views at once keep one.
 */
@Component
class CredentialKeeper {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CredentialRepository credentials;
    private final QrTokens tokens;
    private final Clock clock;

    CredentialKeeper(CredentialRepository credentials, QrTokens tokens, Clock clock) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.clock = clock;
    }

    Credential kept(Certificates.Printed printed) {
        return credentials.find(printed.certificateId()).orElseGet(() -> {
            int index = credentials.nextStatusIndex();
            String token = tokens.make(printed, index);
            Credential made = new Credential(printed.certificateId(), index, QrTokens.keyIdOf(token), token, handle(),
                    clock.instant());
            try {
                if (credentials.insertIfAbsent(made)) {
                    return made;
                }
            } catch (DuplicateKeyException madeAtOnceByAnotherView) {
                // Kept by the other view: theirs is the one.
            }
            return credentials.find(printed.certificateId()).orElseThrow();
        });
    }

    /** 144 random bits, URL-safe: the learner's download address, unguessable and saying nothing about them. */
    private static String handle() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
