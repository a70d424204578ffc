package io.bwjtapi.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.testsupport.Await;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.JtapiPeerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application compiled against javax.telephony alone runs in its own JVM on nothing but the drop-in jar (and
 * what an application already has): it opens a provider on the simulator, sees a call established, shuts the
 * provider down and its JVM exits. bwjtapi logs through the application's SLF4J when it has one (1.7 or 2.x)
 * and through java.util.logging when it has none.
 */
class ExistingApplicationIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PEER = "io.bwjtapi.BwJtapiPeer";
    static final String MAIN = "example.CallWatcher";

    static BroadWorksSimulator sim;
    static Path app;

    @BeforeAll
    static void compileTheApplication(@TempDir Path dir) throws Exception {
        sim = BroadWorksSimulator.start(SimulatorConfig.builder().xspCount(2).users(3).build());
        Path sources = Path.of(ExistingApplicationIT.class.getResource("/app").toURI());
        app = Jars.compile(sources, List.of(Jars.of(JtapiPeerFactory.class)), dir.resolve("call-watcher.jar"));
    }

    @AfterAll
    static void stopTheSimulator() {
        sim.close();
    }

    @Test
    void runsOnTheDropInJarAloneAndLogsThroughJavaUtilLogging() throws Exception {
        String out = run(List.of(app, Jars.dropIn()), PEER, sim.users().get(0));
        assertTrue(out.contains("INFO: Opening provider"), "bwjtapi logged through java.util.logging:\n" + out);
    }

    @Test
    void runsOnTheNoApiJarNextToTheApplicationsApiAndLogsThroughItsSlf4j() throws Exception {
        List<Path> classPath = List.of(app, Jars.noApi(), Jars.of(JtapiPeerFactory.class),
                Jars.of(org.slf4j.LoggerFactory.class), Jars.of(org.slf4j.simple.SimpleLogger.class));
        String out = run(classPath, PEER, sim.users().get(1));
        assertTrue(out.contains("INFO io.bwjtapi.BwJtapiPeer - Opening provider"),
                "bwjtapi logged through the application's SLF4J 2:\n" + out);
    }

    @Test
    void theDefaultPeerSelectsBwjtapiAndLogsThroughAnOlderSlf4j() throws Exception {
        List<Path> classPath = new ArrayList<>(List.of(app, Jars.dropIn(), Jars.of(Class.forName("DefaultJtapiPeer"))));
        try (var slf4j17 = Files.list(Path.of(System.getProperty("bwjtapi.slf4j17.dir")))) {
            slf4j17.forEach(classPath::add);
        }
        String out = run(classPath, "", sim.users().get(2));
        assertTrue(out.contains("INFO io.bwjtapi.BwJtapiPeer - Opening provider"),
                "bwjtapi logged through the application's SLF4J 1.7:\n" + out);
    }

    /** Runs the application until it has seen a call to the user established; returns its standard error. */
    private static String run(List<Path> classPath, String peer, io.bwjtapi.simulator.model.SimUser user)
            throws Exception {
        try (Application application = new Application(classPath, MAIN, peer, providerString(),
                user.extension())) {
            Await.until(WAIT, "the application is ready", () -> application.out().contains("READY "
                    + user.extension()), () -> application.out() + "\n" + application.err());
            assertTrue(application.out().contains("PEER " + PEER), application.out().toString());
            CallRef call = sim.dialFromExternal("+4940555000", user.userId());
            sim.answer(user.userId(), call.callIdOf(user.userId()));
            assertEquals(0, application.awaitExit(WAIT.toSeconds()), () -> "the JVM exits by itself after "
                    + "Provider.shutdown()\n" + application.out() + "\n" + application.err());
            assertEquals(List.of("PEER " + PEER, "READY " + user.extension(), "ESTABLISHED " + user.extension(),
                    "DONE"), application.out());
            sim.release(user.userId(), call.callIdOf(user.userId()));
            return application.err();
        }
    }

    private static String providerString() {
        List<String> servers = new ArrayList<>();
        for (URI xsp : sim.xspBaseUris()) {
            servers.add(xsp.getHost() + ":" + xsp.getPort());
        }
        return String.join(",", servers) + ";login=" + SimulatorConfig.DEFAULT_ADMIN_LOGIN + ";passwd="
                + SimulatorConfig.DEFAULT_PASSWORD + ";tls=false;directoryUser=" + sim.users().get(0).userId();
    }
}
