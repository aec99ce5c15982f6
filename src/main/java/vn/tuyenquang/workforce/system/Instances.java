package vn.tuyenquang.workforce.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This running instance of the application, among the others that share its database: a name of its own (host and a
 * random part, new at every start) and a heartbeat it renews every {@value #BEAT_SECONDS} seconds, by which the
 * others know whether it is alive (work it owns, such as an import, is taken over only once it has stopped beating).
 */
@Component
public class Instances {

    static final int BEAT_SECONDS = 15;

    private final InstanceRepository heartbeats;
    private final Clock clock;
    private final String self;
    private final Instant startedAt;

    Instances(InstanceRepository heartbeats, Clock clock) {
        this.heartbeats = heartbeats;
        this.clock = clock;
        this.self = host() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.startedAt = clock.instant();
    }

    /** This instance's name. */
    public String self() {
        return self;
    }

    /** Whether {@code instanceId} beat within {@code expiry}: this instance always is. */
    public boolean alive(String instanceId, Duration expiry) {
        return self.equals(instanceId) || heartbeats.lastBeat(instanceId)
                .filter(beat -> beat.isAfter(clock.instant().minus(expiry))).isPresent();
    }

    @EventListener(ContextRefreshedEvent.class)
    @Scheduled(initialDelayString = "PT" + BEAT_SECONDS + "S", fixedDelayString = "PT" + BEAT_SECONDS + "S")
    void beat() {
        heartbeats.beat(self, startedAt, clock.instant());
    }

    /** Heartbeats a day old are of instances long gone. */
    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void forgetTheLongGone() {
        heartbeats.forgetBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "instance";
        }
    }
}
