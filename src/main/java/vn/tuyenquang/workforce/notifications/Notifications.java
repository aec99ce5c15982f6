package vn.tuyenquang.workforce.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.CurrentUser;

/** Sends notices to audiences and shows each account the notices of its audiences, read or not. */
@Service
public class Notifications {

    /** How many notices the bell's page lists, newest first. */
    static final int SHOWN = 50;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final NotificationRepository repository;
    private final ObjectProvider<NotificationChannel> channels;
    private final Clock clock;

    Notifications(NotificationRepository repository, ObjectProvider<NotificationChannel> channels, Clock clock) {
        this.repository = repository;
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * Tells each audience, once even if named twice: {@code messageKey} with its arguments, about the page at
     * {@code link} (a path of this application, holding no personal data).
     */
    @Transactional
    public void send(Collection<Audience> audiences, String messageKey, List<String> arguments, String link) {
        for (Audience audience : audiences.stream().distinct().toList()) {
            UUID id = UUID.randomUUID();
            repository.insert(id, audience, messageKey, arguments, link, clock.instant());
            Notification notice = new Notification(id, messageKey, arguments, link, clock.instant(), false);
            channels.orderedStream().forEach(channel -> channel.deliver(audience, notice, VIETNAMESE));
        }
    }

    /** The newest notices for the user, read or not. */
    public List<Notification> recent(CurrentUser user) {
        List<Audience> audiences = Audience.of(user);
        return audiences.isEmpty() ? List.of() : repository.recent(audiences, user.id(), SHOWN);
    }

    /** How many notices the user has not read: the number on the bell. */
    public long unread(CurrentUser user) {
        List<Audience> audiences = Audience.of(user);
        return audiences.isEmpty() ? 0 : repository.unread(audiences, user.id());
    }

    /** Marks one of the user's notices read and gives the page it is about; empty when it is not theirs. */
    @Transactional
    public Optional<String> open(CurrentUser user, UUID id) {
        List<Audience> audiences = Audience.of(user);
        Optional<String> link = audiences.isEmpty() ? Optional.empty() : repository.linkOf(id, audiences);
        link.ifPresent(found -> repository.markRead(List.of(id), user.id(), clock.instant()));
        return link;
    }

    /** Marks every notice of the user read. */
    @Transactional
    public void readAll(CurrentUser user) {
        List<Audience> audiences = Audience.of(user);
        if (!audiences.isEmpty()) {
            repository.markRead(repository.unreadIds(audiences, user.id()), user.id(), clock.instant());
        }
    }
}
