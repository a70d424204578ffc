package io.bwjtapi.xsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.xsi.model.EventPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class XsiClientConfigTest {
    private static final List<XsiEndpoint> XSPS = List.of(XsiEndpoint.https("xsp1.example.com"),
            XsiEndpoint.https("xsp2.example.com"));
    private static final XsiCredentials ADMIN = XsiCredentials.of("admin@example.com", "s3cret");

    @Test
    void defaultsAreTheDocumentedOnes() {
        XsiClientConfig c = XsiClientConfig.builder(XSPS, ADMIN).build();
        assertEquals(XSPS, c.endpoints());
        assertEquals("bwjtapi", c.applicationName());
        assertEquals(List.of(EventPackage.ADVANCED_CALL), c.eventPackages());
        assertTrue(c.channelApplicationId().isEmpty(), "no channel applicationId by default (reference 2.6)");
        assertEquals(3600, c.channelExpires());
        assertEquals(2_147_483_647L, c.subscriptionExpires());
        assertEquals(Duration.ofSeconds(15), c.heartbeatInterval());
        assertEquals(Duration.ofSeconds(10), c.requestTimeout());
        assertTrue(c.hostnameVerification());
        assertTrue(c.trustStore().isEmpty());
        assertEquals(16, c.bulkConcurrency());
        assertEquals(1024 * 1024, c.maxDocumentSize());
    }

    @Test
    void theDefaultChannelSetIdIsStablePerLoginAndApplicationAndNeverRandom() {
        String id = XsiClientConfig.builder(XSPS, ADMIN).build().channelSetId();
        assertEquals(id, XsiClientConfig.builder(List.of(XsiEndpoint.http("other", 80)), ADMIN).build().channelSetId());
        assertTrue(id.startsWith("bwjtapi-") && id.length() <= 256, id);
        assertNotEquals(id, XsiClientConfig.builder(XSPS, XsiCredentials.of("other@example.com", "x")).build()
                .channelSetId());
        assertNotEquals(id, XsiClientConfig.builder(XSPS, ADMIN).applicationName("crm").build().channelSetId());
        assertEquals("explicit", XsiClientConfig.builder(XSPS, ADMIN).channelSetId("explicit").build().channelSetId());
    }

    @Test
    void invalidValuesAreRefusedWithAClearMessage() {
        XsiClientConfigBuilder b = XsiClientConfig.builder(XSPS, ADMIN);
        assertThrows(IllegalArgumentException.class, () -> XsiClientConfig.builder(List.of(), ADMIN));
        assertThrows(IllegalArgumentException.class,
                () -> XsiClientConfig.builder(List.of(XSPS.get(0), XSPS.get(0)), ADMIN));
        assertThrows(NullPointerException.class, () -> XsiClientConfig.builder(XSPS, null));
        assertThrows(IllegalArgumentException.class, () -> b.channelExpires(60));
        assertThrows(IllegalArgumentException.class, () -> b.subscriptionExpires(3_000_000_000L));
        assertThrows(IllegalArgumentException.class, () -> b.heartbeatInterval(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> b.channelSetId("a/b"));
        assertThrows(IllegalArgumentException.class, () -> b.eventPackages(List.of()));
        assertThrows(IllegalArgumentException.class, () -> b.overloadBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> b.maxDocumentSize(10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> XsiClientConfig.builder(XSPS, ADMIN).heartbeatTimeout(Duration.ofSeconds(20)).build());
        assertTrue(e.getMessage().contains("heartbeatTimeout"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new XsiEndpoint("host", 0, false));
        assertThrows(IllegalArgumentException.class, () -> new XsiEndpoint("http://host", 80, false));
        assertThrows(IllegalArgumentException.class, () -> XsiCredentials.of("a:b", "pw"));
    }

    @Test
    void toBuilderDerivesAVariantAndKeepsEverythingElse() {
        XsiClientConfig base = XsiClientConfig.builder(XSPS, ADMIN).bulkConcurrency(4).protocolVersion("22.0").build();
        XsiClientConfig variant = base.toBuilder().requestTimeout(Duration.ofSeconds(1)).build();
        assertEquals(Duration.ofSeconds(1), variant.requestTimeout());
        assertEquals(4, variant.bulkConcurrency());
        assertEquals("22.0", variant.protocolVersion().orElseThrow());
        assertEquals(base.channelSetId(), variant.channelSetId());
    }

    @Test
    void secretsNeverAppearInToString() {
        XsiClientConfig c = XsiClientConfig.builder(XSPS, ADMIN)
                .trustStore(Path.of("trust.p12"), "storepw".toCharArray(), "PKCS12").build();
        String text = c + " " + ADMIN;
        assertFalse(text.contains("s3cret"), text);
        assertFalse(text.contains("storepw"), text);
        assertTrue(text.contains("admin@example.com"));
        assertEquals("Basic " + Base64.getEncoder().encodeToString("admin@example.com:s3cret"
                .getBytes(StandardCharsets.UTF_8)), ADMIN.basicAuthorization());
    }

    @Test
    void endpointsKnowTheirHostHeader() {
        assertEquals("xsp1.example.com", XsiEndpoint.https("xsp1.example.com").hostHeader());
        assertEquals("xsp1:8080", XsiEndpoint.http("xsp1", 8080).hostHeader());
        assertEquals("[::1]:8443", new XsiEndpoint("::1", 8443, true).hostHeader());
    }
}
