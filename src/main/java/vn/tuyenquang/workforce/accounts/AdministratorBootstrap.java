package vn.tuyenquang.workforce.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On first run there is no administrator: create one from settings, or with a printed one-time password. */
@Component
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final AccountManagement accounts;
    private final AccountsProperties settings;

    AdministratorBootstrap(AccountManagement accounts, AccountsProperties settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean fromSettings = settings.password() != null && !settings.password().isBlank();
        String password = fromSettings ? settings.password() : Passwords.oneTime();
        if (!accounts.createAdministratorIfNone(settings.username(), password, !fromSettings)) {
            return;
        }
        if (fromSettings) {
            log.info("First run: administrator account '{}' created from workforce.accounts.admin.*",
                    settings.username());
        } else {
            log.warn("""

                    ===================================================================================
                     First run: administrator account '{}' created with the one-time password
                         {}
                     Sign in at /login and choose a new password. This password is printed only once.
                    ===================================================================================""",
                    settings.username(), password);
        }
    }
}
