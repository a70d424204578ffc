package io.bwjtapi.simulator.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.support.SimulatorIT;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class TlsIT extends SimulatorIT {
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Override
    protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder.tls(true);
    }

    private HttpClient trusting() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(sim.clientSslContext().orElseThrow()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void xspsSpeakHttpsWithACertificateForLocalhostAndLoopback() throws Exception {
        URI base = sim.xspBaseUri(0);
        assertEquals("https", base.getScheme());
        X509Certificate certificate = sim.tlsCertificate().orElseThrow();
        assertTrue(certificate.getSubjectAlternativeNames().stream().anyMatch(n -> List.of(2, "localhost").equals(n)));
        assertTrue(certificate.getSubjectAlternativeNames().stream().anyMatch(n -> List.of(7, "127.0.0.1").equals(n)));

        for (URI uri : List.of(base, URI.create("https://localhost:" + base.getPort()))) {
            HttpResponse<String> response = trusting().send(HttpRequest.newBuilder(
                    uri.resolve("/com.broadsoft.xsi-actions/v2.0/user/" + user(0) + "/calls")).header("Authorization", AUTH)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
        }
    }

    @Test
    void eventChannelsStreamOverTls() throws Exception {
        String body = "<Channel xmlns=\"http://schema.broadsoft.com/xsi\"><channelSetId>tls</channelSetId></Channel>";
        HttpResponse<InputStream> response = trusting().send(HttpRequest.newBuilder(
                sim.xspBaseUri(1).resolve("/com.broadsoft.async/com.broadsoft.xsi-events/v2.0/channel"))
                .header("Authorization", AUTH).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream stream = response.body()) {
            assertEquals(200, response.statusCode());
            byte[] first = new byte[120];
            int read = stream.readNBytes(first, 0, first.length);
            assertTrue(new String(first, 0, read, StandardCharsets.UTF_8).contains("<Channel "));
            sim.awaitChannels(1, Duration.ofSeconds(5));
        }
    }

    @Test
    void clientsThatDoNotTrustTheCertificateFailTheHandshake() {
        HttpClient defaultTrust = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThrows(SSLHandshakeException.class, () -> defaultTrust.send(HttpRequest.newBuilder(
                sim.xspBaseUri(0).resolve("/com.broadsoft.xsi-actions/v2.0/user/" + user(0) + "/calls")).build(),
                HttpResponse.BodyHandlers.ofString()));
    }
}
