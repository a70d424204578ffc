package io.bwjtapi.failover.server;

import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.backoff.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * XSPs in preference order with what is known about their failures. A server that failed waits for its own
 * backoff before it is offered again ({@link #readyAt}); a server that failed within the postpone window is
 * offered only after every server that did not, oldest failure first. Together this alternates between
 * servers after failures and keeps a flapping server at the back without ever banning it.
 */
public final class ServerList {
    private final Map<XspEndpoint, Server> servers = new LinkedHashMap<>();
    private final Duration postponeWindow;

    /**
     * @param preferenceOrder the servers, most preferred first, no duplicates
     * @param postponeWindow how long a failure keeps a server behind the others
     * @param backoffs makes one backoff per server
     */
    public ServerList(List<XspEndpoint> preferenceOrder, Duration postponeWindow, Supplier<Backoff> backoffs) {
        this.postponeWindow = postponeWindow;
        for (XspEndpoint endpoint : preferenceOrder) {
            if (servers.put(endpoint, new Server(servers.size(), backoffs.get())) != null) {
                throw new IllegalArgumentException("duplicate server " + endpoint);
            }
        }
    }

    /**
     * Records a failed attempt or a lost channel: the server waits for its backoff and is postponed.
     *
     * @param endpoint the server
     * @param now the time of the failure
     */
    public void failed(XspEndpoint endpoint, Instant now) {
        Server server = server(endpoint);
        server.lastFailure = now;
        server.readyAt = now.plus(server.backoff.next());
    }

    /**
     * Records a successful open: the server's backoff starts again from the initial wait.
     *
     * @param endpoint the server
     */
    public void succeeded(XspEndpoint endpoint) {
        server(endpoint).backoff.reset();
    }

    /**
     * @param endpoint the server
     * @return the earliest time the server may be tried again
     */
    public Instant readyAt(XspEndpoint endpoint) {
        return server(endpoint).readyAt;
    }

    /**
     * @param endpoint the server
     * @param now the current time
     * @return whether the server failed within the postpone window
     */
    public boolean recentlyFailed(XspEndpoint endpoint, Instant now) {
        Instant last = server(endpoint).lastFailure;
        return last != null && now.isBefore(last.plus(postponeWindow));
    }

    /**
     * @param now the current time
     * @param eligible which servers the caller could use now
     * @return the eligible servers whose backoff has passed, in the order to try them
     */
    public List<XspEndpoint> ready(Instant now, Predicate<XspEndpoint> eligible) {
        List<XspEndpoint> ready = new ArrayList<>();
        for (Map.Entry<XspEndpoint, Server> entry : servers.entrySet()) {
            if (eligible.test(entry.getKey()) && !entry.getValue().readyAt.isAfter(now)) {
                ready.add(entry.getKey());
            }
        }
        ready.sort(Comparator.comparing((XspEndpoint e) -> recentlyFailed(e, now))
                .thenComparing(e -> recentlyFailed(e, now) ? servers.get(e).lastFailure : Instant.MIN)
                .thenComparingInt(e -> servers.get(e).rank));
        return ready;
    }

    /**
     * @param now the current time
     * @param eligible which servers the caller could use
     * @return the earliest future time an eligible server's backoff passes, if one is still waiting
     */
    public Optional<Instant> nextReady(Instant now, Predicate<XspEndpoint> eligible) {
        return servers.entrySet().stream()
                .filter(entry -> eligible.test(entry.getKey()) && entry.getValue().readyAt.isAfter(now))
                .map(entry -> entry.getValue().readyAt)
                .min(Comparator.naturalOrder());
    }

    /**
     * @param endpoint a server
     * @return its place in the preference order, 0 for the most preferred
     */
    public int rank(XspEndpoint endpoint) {
        return server(endpoint).rank;
    }

    private Server server(XspEndpoint endpoint) {
        Server server = servers.get(endpoint);
        if (server == null) {
            throw new IllegalArgumentException("unknown server " + endpoint);
        }
        return server;
    }

    private static final class Server {
        final int rank;
        final Backoff backoff;
        Instant lastFailure;
        Instant readyAt = Instant.MIN;

        Server(int rank, Backoff backoff) {
            this.rank = rank;
            this.backoff = backoff;
        }
    }
}
