package vn.tuyenquang.workforce.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The API's remembered passwords: only a right password is remembered, and only for its stored hash, for a while. */
class RememberedPasswordsTest {

    final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final AtomicInteger fullChecks = new AtomicInteger();
    final PasswordEncoder counted = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            fullChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    Instant now = Instant.parse("2026-11-29T08:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final RememberedPasswords passwords = new RememberedPasswords(counted, clock);

    @Test
    void aRightPasswordIsCheckedInFullOnceThenRemembered() {
        String hash = passwords.encode("đúng-mật-khẩu");

        assertThat(passwords.matches("đúng-mật-khẩu", hash)).isTrue();
        assertThat(passwords.matches("đúng-mật-khẩu", hash)).isTrue();
        assertThat(passwords.matches("đúng-mật-khẩu", hash)).isTrue();

        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndAlwaysPaysTheFullCheck() {
        String hash = passwords.encode("đúng-mật-khẩu");
        passwords.matches("đúng-mật-khẩu", hash);

        assertThat(passwords.matches("sai-mật-khẩu", hash)).isFalse();
        assertThat(passwords.matches("sai-mật-khẩu", hash)).isFalse();

        assertThat(fullChecks).hasValue(3);
    }

    @Test
    void aChangedPasswordHasANewHashSoTheOldPasswordNoLongerPasses() {
        String before = passwords.encode("cũ");
        passwords.matches("cũ", before);
        String after = passwords.encode("mới");

        assertThat(passwords.matches("cũ", after)).isFalse();
        assertThat(passwords.matches("mới", after)).isTrue();
    }

    @Test
    void aRememberedPasswordIsCheckedInFullAgainOnceItsTimeIsUp() {
        String hash = passwords.encode("đúng-mật-khẩu");
        passwords.matches("đúng-mật-khẩu", hash);

        now = now.plus(RememberedPasswords.KEPT).plus(Duration.ofSeconds(1));

        assertThat(passwords.matches("đúng-mật-khẩu", hash)).isTrue();
        assertThat(fullChecks).hasValue(2);
    }
}
