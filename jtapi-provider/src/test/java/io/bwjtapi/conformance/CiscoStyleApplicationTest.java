package io.bwjtapi.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.fake.FakeSwitch;
import io.bwjtapi.testsupport.Await;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.telephony.Provider;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a small observer-only application written the way Cisco JTAPI applications are (against
 * {@code javax.telephony} alone, loading the peer by name, observers added after {@code ProvInServiceEv},
 * calls answered from inside the observer callback) and runs it unchanged against bwjtapi over a fake switch.
 */
class CiscoStyleApplicationTest {
    private static final String APPLICATION = """
            import java.util.ArrayList;
            import java.util.List;
            import javax.telephony.*;
            import javax.telephony.callcontrol.*;
            import javax.telephony.callcontrol.events.*;
            import javax.telephony.events.*;

            public class MonitorApp implements ProviderObserver, AddressObserver, TerminalObserver,
                    CallControlCallObserver {
                private static final List<String> LOG = new ArrayList<>();
                private static Provider provider;
                private final String dn;

                MonitorApp(String dn) {
                    this.dn = dn;
                }

                public static void start(String providerString, String dn) throws Exception {
                    JtapiPeer peer = JtapiPeerFactory.getJtapiPeer("io.bwjtapi.BwJtapiPeer");
                    provider = peer.getProvider(providerString);
                    provider.addObserver(new MonitorApp(dn));
                }

                public static void stop() {
                    provider.shutdown();
                }

                public static synchronized List<String> log() {
                    return new ArrayList<>(LOG);
                }

                private static synchronized void log(String line) {
                    LOG.add(line);
                }

                public void providerChangedEvent(ProvEv[] evs) {
                    for (ProvEv ev : evs) {
                        switch (ev.getID()) {
                            case ProvInServiceEv.ID:
                                log("provider in service");
                                try {
                                    Address address = provider.getAddress(dn);
                                    address.addObserver(this);
                                    address.getTerminals()[0].addObserver(this);
                                    address.addCallObserver(this);
                                    log("observing " + dn);
                                } catch (Exception e) {
                                    log("cannot observe: " + e);
                                }
                                break;
                            case ProvOutOfServiceEv.ID:
                                log("provider out of service");
                                break;
                            case ProvShutdownEv.ID:
                                log("provider shutdown");
                                break;
                            default:
                                log("provider event " + ev.getID());
                        }
                    }
                }

                public void addressChangedEvent(AddrEv[] evs) {
                    for (AddrEv ev : evs) {
                        log("address event " + ev.getAddress().getName());
                    }
                }

                public void terminalChangedEvent(TermEv[] evs) {
                    for (TermEv ev : evs) {
                        log("terminal event " + ev.getTerminal().getName());
                    }
                }

                public void callChangedEvent(CallEv[] evs) {
                    for (CallEv ev : evs) {
                        String prefix = ev.getMetaCode() == Ev.META_SNAPSHOT ? "snapshot " : "";
                        if (ev instanceof CallCtlTermConnRingingEv) {
                            TerminalConnection tc = ((TermConnEv) ev).getTerminalConnection();
                            log(prefix + "ringing at " + tc.getTerminal().getName());
                            try {
                                if (prefix.isEmpty()) {
                                    tc.answer();
                                    log("answered");
                                }
                            } catch (Exception e) {
                                log("answer failed: " + e);
                            }
                        } else if (ev instanceof CallCtlConnEstablishedEv) {
                            CallCtlConnEstablishedEv est = (CallCtlConnEstablishedEv) ev;
                            log(prefix + "established " + est.getConnection().getAddress().getName()
                                    + " calling " + est.getCallingAddress().getName());
                        } else if (ev instanceof ConnDisconnectedEv) {
                            log(prefix + "disconnected " + ((ConnEv) ev).getConnection().getAddress().getName());
                        } else if (ev.getID() == CallActiveEv.ID) {
                            log(prefix + "call active");
                        } else if (ev.getID() == CallInvalidEv.ID) {
                            log(prefix + "call invalid");
                        } else if (ev.getID() == CallObservationEndedEv.ID) {
                            log(prefix + "observation ended");
                        }
                    }
                }
            }
            """;

    @Test
    void anUnchangedObserverApplicationRunsAgainstBwjtapi(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("MonitorApp.java");
        Files.write(source, APPLICATION.getBytes(StandardCharsets.UTF_8));
        String api = new File(Provider.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "11", "-classpath", api, "-d", dir.toString(),
                source.toString());
        assertEquals(0, status, "the application compiles against javax.telephony alone");

        FakeSwitch fake = FakeSwitch.create().users("1001", "1002");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> app = loader.loadClass("MonitorApp");
            Method log = app.getMethod("log");
            app.getMethod("start", String.class, String.class).invoke(null, fake.service()
                    + ";login=app@example.com;passwd=s3cret;connector=fake", "1001");
            fake.start();
            await(log, "observing 1001");
            String call = fake.call("5559876", "1001");
            await(log, "established 1001 calling 5559876");
            fake.hangUp(call, "5559876");
            await(log, "observation ended");
            fake.call("5550002", "1001");
            await(log, "established 1001 calling 5550002");
            fake.loseConnection();
            await(log, "provider out of service");
            fake.restore();
            await(log, "snapshot established 1001 calling 5550002");
            app.getMethod("stop").invoke(null);
            await(log, "provider shutdown");
            @SuppressWarnings("unchecked")
            List<String> events = (List<String>) log.invoke(null);
            assertEquals(List.of(
                    "provider in service",
                    "observing 1001",
                    "call active",
                    "established 5559876 calling 5559876",
                    "ringing at dev1001",
                    "answered",
                    "established 1001 calling 5559876",
                    "disconnected 5559876",
                    "disconnected 1001",
                    "call invalid",
                    "observation ended",
                    "call active",
                    "established 5550002 calling 5550002",
                    "ringing at dev1001",
                    "answered",
                    "established 1001 calling 5550002",
                    "observation ended",
                    "address event 1001",
                    "terminal event dev1001",
                    "provider out of service",
                    "provider in service",
                    "observing 1001",
                    "address event 1001",
                    "terminal event dev1001",
                    "snapshot call active",
                    "snapshot established 5550002 calling 5550002",
                    "snapshot established 1001 calling 5550002",
                    "observation ended",
                    "address event 1001",
                    "terminal event dev1001",
                    "provider shutdown",
                    "provider event 112"), events);
            assertTrue(fake.log().stream().filter(line -> line.startsWith("answer")).count() == 2);
        }
    }

    private static void await(Method log, String line) {
        Await.until(Duration.ofSeconds(10), "the application to log '" + line + "'", () -> {
            try {
                return ((List<?>) log.invoke(null)).contains(line);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            try {
                return log.invoke(null);
            } catch (ReflectiveOperationException e) {
                return e;
            }
        });
    }
}
