package vn.tuyenquang.workforce.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created when no administrator exists. Without a password setting, a random
 * one-time password is printed once in the log and must be changed at first sign-in.
 *
 * @param username the first administrator's user name
 * @param password its password, from the environment or a secret store; never committed
 */
@ConfigurationProperties("workforce.accounts.admin")
record AccountsProperties(@DefaultValue("admin") String username, String password) {
}
