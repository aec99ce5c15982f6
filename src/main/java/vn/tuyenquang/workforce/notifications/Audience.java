package vn.tuyenquang.workforce.notifications;

import java.util.List;
import java.util.UUID;

import vn.tuyenquang.workforce.accounts.CurrentUser;

/**
 * Who a notice is for: not one account but everyone who acts for an employer, works at a centre, serves a commune,
 * or works at the department, so that a notice reaches whoever of them signs in first.
 */
public record Audience(String key) {

    private static final Audience DEPARTMENT = new Audience("DEPARTMENT");

    public static Audience employer(UUID employerId) {
        return new Audience("EMPLOYER:" + employerId);
    }

    public static Audience centre(UUID centreId) {
        return new Audience("CENTRE:" + centreId);
    }

    public static Audience commune(String communeCode) {
        return new Audience("COMMUNE:" + communeCode);
    }

    public static Audience department() {
        return DEPARTMENT;
    }

    /** The audiences the signed-in person belongs to. */
    static List<Audience> of(CurrentUser user) {
        if (user.role().isProvinceWide()) {
            return List.of(DEPARTMENT);
        }
        return user.employerId().map(Audience::employer)
                .or(() -> user.centreId().map(Audience::centre))
                .or(() -> user.communeCode().map(Audience::commune))
                .stream().toList();
    }
}
