package io.bwjtapi.failover;

import static io.bwjtapi.failover.PolicyDriver.XSP1;
import static io.bwjtapi.failover.PolicyDriver.XSP2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FailoverConfigTest {
    private final FailoverConfigBuilder builder = FailoverConfig.builder(List.of(XSP1, XSP2));

    @Test
    void defaultsDetectASilentXspWithinThreeSecondsAndRetryWithinThree() {
        FailoverConfig config = builder.build();
        assertEquals(List.of(XSP1, XSP2), config.endpoints());
        assertEquals(2, config.desiredChannels(), "one channel per configured XSP");
        assertEquals(Duration.ofSeconds(2), config.silenceTimeout());
        assertTrue(config.silenceTimeout().compareTo(Duration.ofSeconds(3)) < 0);
        assertEquals(Duration.ofSeconds(3), config.backoff().max());
        assertTrue(config.reconnectAttemptLimit().isEmpty() && config.reconnectTimeLimit().isEmpty(),
                "never gives up by default");
        assertEquals(Duration.ofMinutes(30), config.periodicResyncInterval());
    }

    @Test
    void toBuilderReproducesTheConfiguration() {
        FailoverConfig config = builder.desiredChannels(1).reconnectAttemptLimit(7)
                .reconnectTimeLimit(Duration.ofMinutes(5)).randomSeed(3).heartbeatInterval(Duration.ofMillis(500))
                .build();
        assertEquals(config, config.toBuilder().build());
        assertEquals(config.hashCode(), config.toBuilder().build().hashCode());
        assertNotEquals(config, config.toBuilder().reconnectForever().build());
    }

    @Test
    void everySetterRejectsValuesOutOfRangeNamingTheSetting() {
        rejects("desiredChannels", b -> b.desiredChannels(0));
        rejects("desiredChannels", b -> b.desiredChannels(3));
        rejects("heartbeatInterval", b -> b.heartbeatInterval(Duration.ZERO));
        rejects("heartbeatMissTolerance", b -> b.heartbeatMissTolerance(1));
        rejects("outOfServiceGrace", b -> b.outOfServiceGrace(Duration.ofMillis(-1)));
        rejects("openTimeout", b -> b.openTimeout(Duration.ZERO));
        rejects("backoffInitial", b -> b.backoffInitial(Duration.ofMillis(-5)));
        rejects("backoffMax", b -> b.backoffMax(Duration.ZERO));
        rejects("backoffMultiplier", b -> b.backoffMultiplier(0.5));
        rejects("backoffMultiplier", b -> b.backoffMultiplier(Double.NaN));
        rejects("backoffJitter", b -> b.backoffJitter(1.0));
        rejects("postponeWindow", b -> b.postponeWindow(Duration.ofSeconds(-1)));
        rejects("fallbackAfter", b -> b.fallbackAfter(Duration.ofSeconds(-1)));
        rejects("reconnectAttemptLimit", b -> b.reconnectAttemptLimit(0));
        rejects("reconnectTimeLimit", b -> b.reconnectTimeLimit(Duration.ZERO));
        rejects("alertingTooLong", b -> b.alertingTooLong(Duration.ZERO));
        rejects("resyncTimeout", b -> b.resyncTimeout(Duration.ZERO));
        rejects("periodicResyncInterval", b -> b.periodicResyncInterval(Duration.ZERO));
        rejects("periodicResyncJitter", b -> b.periodicResyncJitter(-0.1));
        rejects("maxPeriodicResyncsPerSecond", b -> b.maxPeriodicResyncsPerSecond(0));
    }

    @Test
    void contradictionsAndBadEndpointListsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.backoffInitial(Duration.ofSeconds(5)).backoffMax(Duration.ofSeconds(1)).build());
        assertTrue(e.getMessage().contains("below initial"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FailoverConfig.builder(List.of()));
        assertThrows(IllegalArgumentException.class, () -> FailoverConfig.builder(List.of(XSP1, XSP1)));
        assertThrows(IllegalArgumentException.class, () -> XspEndpoint.of(" "));
        assertThrows(IllegalArgumentException.class, () -> DeviceId.of(""));
    }

    private void rejects(String setting, Consumer<FailoverConfigBuilder> change) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> change.accept(FailoverConfig.builder(List.of(XSP1, XSP2))));
        assertTrue(e.getMessage().startsWith(setting), e.getMessage());
    }
}
