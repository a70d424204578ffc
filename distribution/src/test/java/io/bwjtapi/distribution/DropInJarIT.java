package io.bwjtapi.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** What the two drop-in jars contain: everything bwjtapi needs, relocated, on Java 11 bytecode, and nothing more. */
class DropInJarIT {
    static final List<String> FOREIGN = List.of("io/netty/", "com/fasterxml/", "com/ctc/", "org/codehaus/",
            "org/slf4j/");

    @Test
    void theDropInJarHasTheApiAndTheNoApiJarDoesNot() throws IOException {
        List<String> full = Jars.entries(Jars.dropIn());
        List<String> noApi = Jars.entries(Jars.noApi());
        assertTrue(full.contains("javax/telephony/JtapiPeerFactory.class"));
        assertTrue(full.contains("javax/telephony/callcontrol/CallControlCall.class"));
        assertTrue(noApi.stream().noneMatch(e -> e.startsWith("javax/")), "no javax.* in the no-api jar");
        for (List<String> jar : List.of(full, noApi)) {
            assertTrue(jar.contains("io/bwjtapi/BwJtapiPeer.class"));
            assertTrue(jar.contains("io/bwjtapi/broadworks/session/BroadWorksConnector.class"));
            assertTrue(jar.contains("io/bwjtapi/xsi/XsiClient.class"));
            assertTrue(jar.contains("io/bwjtapi/shaded/netty/handler/ssl/SslHandler.class"));
            assertTrue(jar.contains("io/bwjtapi/shaded/woodstox/stax/WstxInputFactory.class"));
            assertTrue(jar.contains("io/bwjtapi/shaded/stax2/XMLStreamReader2.class"));
            assertTrue(jar.contains("io/bwjtapi/shaded/jackson/databind/ObjectMapper.class"));
            assertTrue(jar.contains("io/bwjtapi/shaded/slf4j/LoggerFactory.class"));
            assertFalse(jar.contains("DefaultJtapiPeer.class"), "the default peer is a separate artifact");
        }
    }

    @Test
    void noLibraryClassIsLeftInItsOwnPackage() throws IOException {
        for (Path jar : List.of(Jars.dropIn(), Jars.noApi())) {
            for (String entry : Jars.entries(jar)) {
                for (String foreign : FOREIGN) {
                    assertFalse(entry.startsWith(foreign), jar.getFileName() + " holds unrelocated " + entry);
                }
                assertFalse(entry.startsWith("META-INF/versions/"), entry);
                assertFalse(entry.endsWith("module-info.class"), entry);
            }
        }
    }

    @Test
    void serviceFilesAreMergedAndRelocated() throws IOException {
        Path jar = Jars.dropIn();
        String connectors = Jars.text(jar, "META-INF/services/io.bwjtapi.provider.spi.SwitchConnector");
        assertNotNull(connectors, "the connector is registered for ServiceLoader");
        assertTrue(connectors.contains("io.bwjtapi.broadworks.session.BroadWorksConnector"), connectors);
        assertEquals("io.bwjtapi.logging.ForwardingServiceProvider",
                Jars.text(jar, "META-INF/services/io.bwjtapi.shaded.slf4j.spi.SLF4JServiceProvider").trim(),
                "the private SLF4J copy has exactly one provider: the forwarder");
        assertNull(Jars.text(jar, "META-INF/services/org.slf4j.spi.SLF4JServiceProvider"),
                "no SLF4J binding is forced on the application");
        assertNull(Jars.text(jar, "META-INF/services/javax.xml.stream.XMLInputFactory"),
                "the private Woodstox does not become the JVM's StAX implementation");
        for (String entry : Jars.entries(jar)) {
            if (entry.startsWith("META-INF/services/") && !entry.endsWith("/")) {
                String text = Jars.text(jar, entry);
                for (String foreign : FOREIGN) {
                    assertFalse(text.contains(foreign.replace('/', '.')), entry + " names unrelocated " + text);
                }
            }
        }
    }

    @Test
    void everyClassRunsOnJava11() throws IOException {
        for (Path jar : List.of(Jars.dropIn(), Jars.noApi())) {
            try (JarFile file = new JarFile(jar.toFile())) {
                for (JarEntry entry : file.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    try (InputStream in = file.getInputStream(entry)) {
                        DataInputStream data = new DataInputStream(in);
                        assertEquals(0xCAFEBABE, data.readInt(), entry.getName());
                        data.readUnsignedShort();
                        int major = data.readUnsignedShort();
                        assertTrue(major <= 55, entry.getName() + " needs class file version " + major + " (> Java 11)");
                    }
                }
            }
        }
    }
}
