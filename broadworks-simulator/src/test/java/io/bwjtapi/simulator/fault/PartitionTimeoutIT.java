package io.bwjtapi.simulator.fault;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.support.RawEventChannel;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.testsupport.Await;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A partitioned XSP still tears its channels down on eventTimeout, but the client only learns after the partition. */
class PartitionTimeoutIT extends SimulatorIT {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Override
    protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder.eventTimeout(Duration.ofMillis(600));
    }

    @Test
    void theTeardownOfAPartitionedChannelReachesTheClientOnlyAfterRestore() throws Exception {
        RawEventChannel channel = closeLater(RawEventChannel.open(sim.xspBaseUri(0), ADMIN, PASSWORD,
                RawEventChannel.body("set", 1, 50, 3600, null)));
        channel.next(WAIT);

        sim.partitionXsp(0);
        Await.until(WAIT, "server-side teardown after eventTimeout", () -> sim.channels().isEmpty());
        Thread.sleep(300); // a FIN would arrive within this time on loopback
        assertFalse(channel.isEnded(), "a partitioned XSP sends no FIN");

        sim.restoreXsp(0);

        assertNotNull(channel.awaitEnd(WAIT));
    }
}
