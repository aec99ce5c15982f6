package vn.tuyenquang.workforce.notifications;

import java.util.Locale;

/**
 * Another way to carry a notice, beside the bell: e-mail or SMS. None is configured: a bean of this type, given the
 * addresses it needs, is called once for each notice sent, after it is saved.
 */
public interface NotificationChannel {

    void deliver(Audience audience, Notification notification, Locale locale);
}
