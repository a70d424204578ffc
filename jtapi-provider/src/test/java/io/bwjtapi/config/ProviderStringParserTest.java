package io.bwjtapi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.telephony.ProviderUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The provider string, properties file and system properties, every key, and errors that never show secrets. */
class ProviderStringParserTest {
    private static final String SECRET = "T0p-Secret=x";
    private static final String BASE = "xsp1.example.com;login=app@example.com;passwd=" + SECRET;

    private static ProviderConfig parse(String s) {
        return new ProviderStringParser(new Properties()).parse(s);
    }

    private static ProviderUnavailableException invalid(String s) {
        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class, () -> parse(s));
        assertFalse(e.getMessage().contains(SECRET) || e.getMessage().contains("T0p-Secret"),
                "the password must not appear: " + e.getMessage());
        return e;
    }

    @Test
    void aMinimalStringGetsEveryDefault() {
        ProviderConfig c = parse(BASE);
        assertEquals(List.of(new ServerAddress("xsp1.example.com", 443)), c.servers());
        assertEquals("app@example.com", c.login());
        assertEquals(SECRET, c.password(), "the value keeps everything after the first '='");
        assertTrue(c.tls());
        assertEquals(Optional.empty(), c.trustStore());
        assertEquals(Optional.empty(), c.trustStorePassword());
        assertEquals("PKCS12", c.trustStoreType());
        assertTrue(c.hostnameVerification());
        assertEquals(List.of(), c.users());
        assertEquals(Optional.empty(), c.channelSetId(), "left to the connector, which derives a stable id");
        assertEquals("bwjtapi", c.applicationId());
        assertEquals(1, c.channels());
        assertEquals(Duration.ofSeconds(3600), c.channelExpires());
        assertEquals(Duration.ofSeconds(2_147_483_647L), c.subscriptionExpires());
        assertEquals(Duration.ofSeconds(5), c.connectTimeout());
        assertEquals(Duration.ofSeconds(10), c.requestTimeout());
        assertEquals(Duration.ofSeconds(10), c.postConditionTimeout());
        assertEquals(Duration.ofSeconds(10), c.openTimeout());
        assertEquals(Duration.ofSeconds(1), c.heartbeatInterval());
        assertEquals(2, c.heartbeatMissTolerance());
        assertEquals(Duration.ofSeconds(1), c.outOfServiceGrace());
        assertEquals(Duration.ofMillis(500), c.reconnectBackoffInitial());
        assertEquals(Duration.ofSeconds(3), c.reconnectBackoffMax());
        assertEquals(0, c.reconnectAttempts());
        assertEquals(Duration.ZERO, c.reconnectTimeLimit());
        assertEquals(Duration.ofSeconds(60), c.fallbackAfter());
        assertEquals(Duration.ofSeconds(20), c.alertingResyncAfter());
        assertEquals(Duration.ofMinutes(30), c.periodicResyncInterval());
        assertEquals(FailoverStyle.CISCO, c.failoverStyle());
        assertEquals(4, c.dispatchThreads());
        assertEquals(Duration.ofSeconds(1), c.slowCallbackThreshold());
        assertEquals("broadworks", c.connector());
        assertEquals(Optional.empty(), c.configFile());
        assertEquals("xsp1.example.com;login=app@example.com", c.providerName());
    }

    @Test
    void everyKeyCanBeSet() {
        ProviderConfig c = parse("xsp1.example.com:8443, xsp2.example.com ,[fd00::1]:9443;login = ops@example.com;"
                + "passwd=" + SECRET + ";tls=false;trustStore=/etc/bw/trust.p12;trustStorePassword=storeSecret;"
                + "trustStoreType=jks;hostnameVerification=no;users=1001, user2@example.com;channelSetId=set-1;"
                + "appinfo=MyApp;channels=2;channelExpires=2h;subscriptionExpires=86400;connectTimeout=2s;"
                + "requestTimeout=1500ms;postConditionTimeout=3s;openTimeout=4s;heartbeatInterval=2s;"
                + "heartbeatMissTolerance=3;outOfServiceGrace=0;reconnectBackoffInitial=1s;reconnectBackoffMax=10s;"
                + "reconnectAttempts=5;reconnectTimeLimit=5m;fallbackAfter=2m;alertingResyncAfter=30s;"
                + "periodicResyncInterval=1h;failoverStyle=clear-calls;dispatchThreads=8;slowCallbackThreshold=250ms;"
                + "connector=fake;");
        assertEquals(List.of(new ServerAddress("xsp1.example.com", 8443), new ServerAddress("xsp2.example.com", 80),
                new ServerAddress("fd00::1", 9443)), c.servers(), "the default port follows tls");
        assertEquals("ops@example.com", c.login());
        assertFalse(c.tls());
        assertEquals(Optional.of(Paths.get("/etc/bw/trust.p12")), c.trustStore());
        assertEquals(Optional.of("storeSecret"), c.trustStorePassword());
        assertEquals("JKS", c.trustStoreType());
        assertFalse(c.hostnameVerification());
        assertEquals(List.of("1001", "user2@example.com"), c.users());
        assertEquals(Optional.of("set-1"), c.channelSetId());
        assertEquals("MyApp", c.applicationId());
        assertEquals(2, c.channels());
        assertEquals(Duration.ofHours(2), c.channelExpires());
        assertEquals(Duration.ofSeconds(86400), c.subscriptionExpires());
        assertEquals(Duration.ofSeconds(2), c.connectTimeout());
        assertEquals(Duration.ofMillis(1500), c.requestTimeout());
        assertEquals(Duration.ofSeconds(3), c.postConditionTimeout());
        assertEquals(Duration.ofSeconds(4), c.openTimeout());
        assertEquals(Duration.ofSeconds(2), c.heartbeatInterval());
        assertEquals(3, c.heartbeatMissTolerance());
        assertEquals(Duration.ZERO, c.outOfServiceGrace());
        assertEquals(Duration.ofSeconds(1), c.reconnectBackoffInitial());
        assertEquals(Duration.ofSeconds(10), c.reconnectBackoffMax());
        assertEquals(5, c.reconnectAttempts());
        assertEquals(Duration.ofMinutes(5), c.reconnectTimeLimit());
        assertEquals(Duration.ofMinutes(2), c.fallbackAfter());
        assertEquals(Duration.ofSeconds(30), c.alertingResyncAfter());
        assertEquals(Duration.ofHours(1), c.periodicResyncInterval());
        assertEquals(FailoverStyle.CLEAR_CALLS, c.failoverStyle());
        assertEquals(8, c.dispatchThreads());
        assertEquals(Duration.ofMillis(250), c.slowCallbackThreshold());
        assertEquals("fake", c.connector());
        String text = c.toString();
        assertFalse(text.contains(SECRET) || text.contains("storeSecret"), text);
        assertTrue(text.contains("passwd=****") && text.contains("trustStorePassword=****"), text);
    }

    @Test
    void everyKeyIsDocumentedWithItsDefault() {
        for (ConfigKey key : ConfigKey.values()) {
            assertFalse(key.defaultText().isEmpty(), key.key());
            assertFalse(key.description().isEmpty(), key.key());
            assertEquals(key, ConfigKey.find(key.key().toUpperCase(java.util.Locale.ROOT)), "keys ignore case");
        }
        assertEquals(ConfigKey.APPLICATION_ID, ConfigKey.find("appinfo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";login=a;passwd=" + SECRET, " ,xsp2;login=a;passwd=" + SECRET,
        "xsp1,,xsp2;login=a;passwd=" + SECRET, "xsp1:0;login=a;passwd=" + SECRET,
        "xsp1:70000;login=a;passwd=" + SECRET, "xsp1:port;login=a;passwd=" + SECRET,
        "fd00::1;login=a;passwd=" + SECRET, "[fd00::1;login=a;passwd=" + SECRET, "xsp_1-;login=a;passwd=" + SECRET,
        "xsp1,xsp1;login=a;passwd=" + SECRET, "bad host;login=a;passwd=" + SECRET})
    void malformedServerListsAreRejected(String s) {
        ProviderUnavailableException e = invalid(s);
        assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, e.getReason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid provider string: "), e.getMessage());
    }

    @Test
    void malformedArgumentsNameTheProblem() {
        assertTrue(invalid(BASE + ";passwdT0p-Secret").getMessage()
                .contains("argument 3 is not of the form key=value"));
        assertTrue(invalid(BASE + ";=value").getMessage().contains("has no key"));
        ProviderUnavailableException unknown = invalid(BASE + ";pasword=T0p-Secret");
        assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, unknown.getReason());
        assertTrue(unknown.getMessage().contains("unknown key 'pasword'")
                && unknown.getMessage().contains("requestTimeout"), unknown.getMessage());
        assertTrue(invalid(BASE + ";login=b").getMessage().contains("more than once"));
        assertTrue(invalid("xsp1;passwd=" + SECRET).getMessage().contains("'login' is required"));
        assertTrue(invalid("xsp1;login=a").getMessage().contains("'passwd' is required"));
        assertTrue(invalid("xsp1;login=a;passwd=").getMessage().contains("'passwd': value must not be empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tls=maybe", "channels=17", "channels=x", "requestTimeout=0", "requestTimeout=-1s",
        "requestTimeout=soon", "heartbeatMissTolerance=0", "failoverStyle=avaya", "trustStoreType=pem",
        "dispatchThreads=65", "reconnectAttempts=-1", "users=,", "channelExpires=59s",
        "reconnectBackoffInitial=5s;reconnectBackoffMax=1s"})
    void invalidValuesNameTheKeyAndTheValue(String argument) {
        ProviderUnavailableException e = invalid(BASE + ";" + argument);
        assertEquals(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, e.getReason());
        String key = argument.substring(0, argument.indexOf('='));
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    }

    @Test
    void aPropertiesFileSuppliesKeysTheStringDoesNotGive(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bwjtapi.properties");
        Files.write(file, ("requestTimeout=7s\nfailoverStyle=clear-calls\npasswd=" + SECRET + "\n")
                .getBytes(StandardCharsets.UTF_8));
        ProviderConfig c = parse("xsp1;login=a;config=" + file + ";requestTimeout=2s");
        assertEquals(Duration.ofSeconds(2), c.requestTimeout(), "the string wins over the file");
        assertEquals(FailoverStyle.CLEAR_CALLS, c.failoverStyle());
        assertEquals(SECRET, c.password());
        assertEquals(Optional.of(file), c.configFile());

        Files.write(file, "requestTimeoutt=7s\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(invalid(BASE + ";config=" + file).getMessage().contains("unknown key 'requestTimeoutt' in the "
                + "properties file"));
        ProviderUnavailableException missing = invalid(BASE + ";config=" + dir.resolve("missing.properties"));
        assertTrue(missing.getMessage().contains("missing.properties")
                && missing.getMessage().contains("cannot be read"),
                missing.getMessage());
    }

    @Test
    void systemPropertiesSupplyTheRestAndUnknownOnesAreIgnored(@TempDir Path dir) throws Exception {
        Properties system = new Properties();
        system.setProperty("bwjtapi.requestTimeout", "3s");
        system.setProperty("bwjtapi.postConditionTimeout", "4s");
        system.setProperty("bwjtapi.shared.dir", "/elsewhere");
        Path file = dir.resolve("b.properties");
        Files.write(file, "postConditionTimeout=6s\n".getBytes(StandardCharsets.UTF_8));
        system.setProperty("bwjtapi.config", file.toString());
        ProviderConfig c = new ProviderStringParser(system).parse(BASE + ";requestTimeout=1s");
        assertEquals(Duration.ofSeconds(1), c.requestTimeout(), "the string wins over system properties");
        assertEquals(Duration.ofSeconds(6), c.postConditionTimeout(), "the file wins over system properties");

        system.setProperty("bwjtapi.service", "xsp9.example.com:8080");
        system.setProperty("bwjtapi.login", "a");
        system.setProperty("bwjtapi.passwd", SECRET);
        ProviderConfig fromSystem = new ProviderStringParser(system).parse(null);
        assertEquals(List.of(new ServerAddress("xsp9.example.com", 8080)), fromSystem.servers());

        ProviderUnavailableException none = assertThrows(ProviderUnavailableException.class,
                () -> new ProviderStringParser(new Properties()).parse(null));
        assertEquals(ProviderUnavailableException.CAUSE_INVALID_SERVICE, none.getReason());
    }
}
