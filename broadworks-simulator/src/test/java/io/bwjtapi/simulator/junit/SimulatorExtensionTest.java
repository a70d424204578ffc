package io.bwjtapi.simulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.SimulatorConfig;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimulatorExtensionTest {

    @Nested
    class PerClass {
        @RegisterExtension
        static final SimulatorExtension SIM = new SimulatorExtension(SimulatorConfig.builder().users(3).build());

        @Test
        void runsAndIsInjected(BroadWorksSimulator sim) throws Exception {
            assertSame(SIM.get(), sim);
            assertEquals(3, sim.users().size());
            URI xsp = sim.xspBaseUri(0);
            new Socket(xsp.getHost(), xsp.getPort()).close();
        }

        @Test
        void isSharedByTheClassesTests(BroadWorksSimulator sim) {
            assertSame(SIM.get(), sim);
        }
    }

    @Nested
    class PerTest {
        @RegisterExtension
        final SimulatorExtension sim = new SimulatorExtension(SimulatorConfig.builder().users(2).build());

        @Test
        void startsForTheTest() {
            assertEquals(2, sim.get().users().size());
        }
    }
}
