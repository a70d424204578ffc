package io.bwjtapi.broadworks.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.config.ProviderConfig;
import io.bwjtapi.failover.FailoverConfig;
import io.bwjtapi.xsi.XsiClientConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The provider string's keys reach the Xsi client and the failover policy. */
class SessionSettingsTest {
    private static SessionSettings of(String keys) throws Exception {
        return SessionSettings.of(ProviderConfig.parse("xsp1.example.com,xsp2.example.com:8443;login=app@example.com;"
                + "passwd=s3cret" + keys), Clock.systemUTC());
    }

    @Test
    void defaultsGiveOneChannelPerXspAndTheOneSecondHeartbeat() throws Exception {
        SessionSettings s = of("");
        XsiClientConfig xsi = s.xsi;
        FailoverConfig failover = s.failover;
        assertEquals(2, xsi.endpoints().size());
        assertTrue(xsi.endpoints().get(0).tls());
        assertEquals(443, xsi.endpoints().get(0).port());
        assertEquals(8443, xsi.endpoints().get(1).port());
        assertEquals(2, failover.desiredChannels());
        assertEquals(Duration.ofSeconds(1), xsi.heartbeatInterval());
        assertEquals(Duration.ofSeconds(1), failover.heartbeatInterval());
        assertEquals(Duration.ofSeconds(2), failover.silenceTimeout());
        assertFalse(failover.reconnectAttemptLimit().isPresent(), "never give up by default");
        assertFalse(xsi.channelApplicationId().isPresent(), "no channel applicationId (reference 2.6)");
        assertEquals(List.of(), s.users);
        assertEquals("app@example.com", s.login);
    }

    @Test
    void everyHaKeyIsMapped() throws Exception {
        SessionSettings s = of(";tls=false;channels=1;heartbeatInterval=500ms;heartbeatMissTolerance=3;"
                + "outOfServiceGrace=2s;openTimeout=4s;reconnectBackoffInitial=1s;reconnectBackoffMax=5s;"
                + "reconnectAttempts=7;reconnectTimeLimit=1m;fallbackAfter=30s;alertingResyncAfter=15s;"
                + "periodicResyncInterval=10m;channelSetId=set-1;applicationId=myapp;users=u1@t,1002;"
                + "directoryUser=u1@t;requestTimeout=3s;connectTimeout=1s");
        assertFalse(s.xsi.endpoints().get(0).tls());
        assertEquals(1, s.failover.desiredChannels());
        assertEquals(Duration.ofMillis(500), s.xsi.heartbeatInterval());
        assertEquals(Duration.ofMillis(1500), s.failover.silenceTimeout());
        assertEquals(Duration.ofSeconds(2), s.failover.outOfServiceGrace());
        assertEquals(Duration.ofSeconds(4), s.failover.openTimeout());
        assertEquals(7, s.failover.reconnectAttemptLimit().getAsInt());
        assertEquals(Duration.ofMinutes(1), s.failover.reconnectTimeLimit().orElseThrow());
        assertEquals(Duration.ofSeconds(30), s.failover.fallbackAfter());
        assertEquals(Duration.ofSeconds(15), s.failover.alertingTooLong());
        assertEquals(Duration.ofMinutes(10), s.failover.periodicResyncInterval());
        assertEquals("set-1", s.xsi.channelSetId());
        assertEquals("myapp", s.xsi.applicationName());
        assertEquals(List.of("u1@t", "1002"), s.users);
        assertEquals("u1@t", s.directoryUser);
        assertEquals(Duration.ofSeconds(3), s.xsi.requestTimeout());
        assertEquals(Duration.ofSeconds(1), s.xsi.connectTimeout());
    }

    @Test
    void moreChannelsThanXspsMeansOnePerXsp() throws Exception {
        assertEquals(2, of(";channels=5").failover.desiredChannels());
    }

    @Test
    void channelExpiriesBelowTheXspMinimumAreRaised() throws Exception {
        assertEquals(3600, of(";channelExpires=120s").xsi.channelExpires());
    }
}
