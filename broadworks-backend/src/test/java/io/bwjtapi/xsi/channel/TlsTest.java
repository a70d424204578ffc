package io.bwjtapi.xsi.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.XsiClientConfig;
import io.bwjtapi.xsi.XsiClientConfigBuilder;
import io.bwjtapi.xsi.XsiCredentials;
import io.bwjtapi.xsi.XsiEndpoint;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS to an XSP: trusted certificates, host name verification on by default, and the explicit way off. */
class TlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    private static Path trustStore;
    private static SslContext localhostCert;
    private static SslContext otherNameCert;

    @BeforeAll
    static void makeCertificates() throws Exception {
        localhostCert = server("localhost", "dns:localhost,ip:127.0.0.1");
        otherNameCert = server("other", "dns:xsp.other.example");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, PASSWORD);
        for (String alias : List.of("localhost", "other")) {
            trusted.setCertificateEntry(alias, load(dir.resolve(alias + ".p12")).getCertificate(alias));
        }
        trustStore = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trusted.store(out, PASSWORD);
        }
    }

    private static KeyStore load(Path store) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASSWORD);
        }
        return ks;
    }

    private static SslContext server(String alias, String san) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + alias,
                "-ext", "san=" + san, "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit");
        KeyStore ks = load(store);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD);
        return SslContextBuilder.forServer(kmf).build();
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }

    private static EventChannel open(SslContext cert, boolean trust, boolean verifyNames) throws Exception {
        try (FakeXsp xsp = new FakeXsp(cert)) {
            XsiEndpoint endpoint = new XsiEndpoint("localhost", xsp.port(), true);
            XsiClientConfigBuilder config = XsiClientConfig.builder(List.of(endpoint), XsiCredentials.of("admin", "pw"))
                    .connectTimeout(Duration.ofSeconds(3)).requestTimeout(Duration.ofSeconds(3));
            if (trust) {
                config.trustStore(trustStore, PASSWORD, "PKCS12");
            }
            if (!verifyNames) {
                config.insecureDisableHostnameVerification();
            }
            try (XsiClient client = XsiClient.create(config.build())) {
                return client.channels().open(endpoint).get(5, TimeUnit.SECONDS);
            }
        }
    }

    private static ChannelOpenFailure failure(SslContext cert, boolean trust, boolean verifyNames) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> open(cert, trust, verifyNames));
        return assertInstanceOf(ChannelOpenException.class, e.getCause()).failure();
    }

    @Test
    void aTrustedCertificateForTheHostNameOpensTheChannel() throws Exception {
        assertEquals(FakeXsp.CHANNEL_ID, open(localhostCert, true, true).channelId().orElseThrow());
    }

    @Test
    void aCertificateForAnotherNameIsRefusedByDefault() {
        assertEquals(ChannelOpenFailure.Kind.TLS, failure(otherNameCert, true, true).kind());
    }

    @Test
    void anUntrustedCertificateIsRefused() {
        assertEquals(ChannelOpenFailure.Kind.TLS, failure(localhostCert, false, true).kind());
    }

    @Test
    void turningHostNameVerificationOffExplicitlyAcceptsAnotherName() throws Exception {
        assertEquals(FakeXsp.CHANNEL_ID, open(otherNameCert, true, false).channelId().orElseThrow());
    }
}
