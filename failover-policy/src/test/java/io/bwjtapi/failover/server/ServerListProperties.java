package io.bwjtapi.failover.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.backoff.Backoff;
import io.bwjtapi.failover.backoff.BackoffConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ServerListProperties {
    private static final Duration POSTPONE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    /** Random failures of random servers at increasing times; after each, the offered order obeys the rules. */
    @Property(tries = 200)
    void readyServersComeUnfailedFirstInPreferenceOrderThenOldestFailureFirst(
            @ForAll @IntRange(min = 1, max = 6) int serverCount,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5) Integer> failing,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 20_000) Integer> gapsMillis,
            @ForAll long seed) {
        List<XspEndpoint> servers = new ArrayList<>();
        for (int i = 0; i < serverCount; i++) {
            servers.add(XspEndpoint.of("xsp" + i));
        }
        Random random = new Random(seed);
        BackoffConfig shape = BackoffConfig.of(Duration.ofMillis(500), Duration.ofSeconds(3), 2.0, 0.2);
        ServerList list = new ServerList(servers, POSTPONE, () -> new Backoff(shape, random));
        Map<XspEndpoint, Instant> lastFailure = new HashMap<>();
        Instant now = T0;
        for (int i = 0; i < failing.size(); i++) {
            now = now.plusMillis(i < gapsMillis.size() ? gapsMillis.get(i) : 1000);
            XspEndpoint failed = servers.get(failing.get(i) % serverCount);
            list.failed(failed, now);
            lastFailure.put(failed, now);
            assertTrue(list.readyAt(failed).isAfter(now), "a server that just failed waits its backoff");
            checkOrder(list, servers, lastFailure, now.plusMillis(random.nextInt(4000)));
        }
    }

    @Property(tries = 50)
    void afterAFailureTheOtherServerIsOfferedFirst(@ForAll @IntRange(min = 0, max = 1) int failedIndex) {
        List<XspEndpoint> servers = List.of(XspEndpoint.of("a"), XspEndpoint.of("b"));
        BackoffConfig shape = BackoffConfig.of(Duration.ofMillis(500), Duration.ofSeconds(3), 2.0, 0.2);
        ServerList list = new ServerList(servers, POSTPONE, () -> new Backoff(shape, new Random(1)));
        list.failed(servers.get(failedIndex), T0);
        assertEquals(List.of(servers.get(1 - failedIndex)), list.ready(T0, e -> true));
        assertEquals(List.of(servers.get(1 - failedIndex), servers.get(failedIndex)),
                list.ready(T0.plusSeconds(1), e -> true), "alternates, never bans");
        list.succeeded(servers.get(failedIndex));
        list.failed(servers.get(failedIndex), T0.plusSeconds(2));
        assertTrue(list.readyAt(servers.get(failedIndex)).isBefore(T0.plusMillis(2501)), "reset after success");
    }

    private static void checkOrder(ServerList list, List<XspEndpoint> servers, Map<XspEndpoint, Instant> lastFailure,
            Instant at) {
        List<XspEndpoint> ready = list.ready(at, e -> true);
        for (XspEndpoint server : servers) {
            assertEquals(!list.readyAt(server).isAfter(at), ready.contains(server), "offered exactly when ready");
        }
        for (int i = 1; i < ready.size(); i++) {
            XspEndpoint before = ready.get(i - 1);
            XspEndpoint after = ready.get(i);
            boolean beforeRecent = recent(lastFailure, before, at);
            boolean afterRecent = recent(lastFailure, after, at);
            assertFalse(beforeRecent && !afterRecent, "recently failed servers come last");
            if (!beforeRecent && !afterRecent) {
                assertTrue(list.rank(before) < list.rank(after), "preference order among the others");
            } else if (beforeRecent) {
                assertFalse(lastFailure.get(before).isAfter(lastFailure.get(after)), "oldest failure first");
            }
        }
        for (XspEndpoint server : servers) {
            assertEquals(recent(lastFailure, server, at), list.recentlyFailed(server, at));
        }
    }

    private static boolean recent(Map<XspEndpoint, Instant> lastFailure, XspEndpoint server, Instant at) {
        Instant failed = lastFailure.get(server);
        return failed != null && at.isBefore(failed.plus(POSTPONE));
    }
}
