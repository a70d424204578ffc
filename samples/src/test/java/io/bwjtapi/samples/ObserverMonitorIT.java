package io.bwjtapi.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.samples.monitor.EventFormat;
import io.bwjtapi.samples.monitor.ListenerMonitor;
import io.bwjtapi.samples.monitor.MonitorOutput;
import io.bwjtapi.samples.monitor.ObserverMonitor;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.testsupport.Await;
import javax.telephony.Provider;
import org.junit.jupiter.api.Test;

/** The monitor prints a call and a failover as a Cisco-style application sees them, observers and listeners. */
class ObserverMonitorIT {
    @Test
    void printsEveryEventOfACallAndOfAFailover() throws Exception {
        try (SimulatedSwitch sw = new SimulatedSwitch(1)) {
            MonitorOutput out = MonitorOutput.printingTo(sw.out);
            EventFormat format = new EventFormat();
            new ObserverMonitor(out, format).observe(sw.provider);
            new ListenerMonitor(out, format).listen(sw.provider);

            CallRef call = sw.sim.dial(sw.userId(0), sw.ext(1));
            sw.sim.answer(sw.userId(1), call.callIdOf(sw.userId(1)));
            sw.awaitConsole("call-1 CallCtlConnEstablishedEv 1002");
            sw.awaitConsole("[L] ");
            sw.awaitConsole("call-1 connectionConnected 1002");
            sw.awaitConsole("call-1 CallCtlTermConnTalkingEv " + sw.userId(1));

            sw.sim.killXsp(0);
            sw.awaitConsole("call-1 CallObservationEndedEv");
            sw.awaitConsole("address 1001 BwAddrOutOfServiceEv cause=CONNECTION_LOST");
            sw.awaitConsole("terminal " + sw.userId(0) + " BwTermOutOfServiceEv cause=CONNECTION_LOST");
            sw.awaitConsole("provider ProvOutOfServiceEv");
            sw.sim.restoreXsp(0);
            Await.until(SimulatedSwitch.WAIT, "provider back in service",
                    () -> sw.provider.getState() == Provider.IN_SERVICE);
            sw.awaitConsole("provider ProvInServiceEv");
            sw.awaitConsole("address 1002 BwAddrInServiceEv");
            sw.awaitConsole("call-1 CallActiveEv cause=SNAPSHOT [snapshot]");
            sw.awaitConsole("call-1 singleCallMetaSnapshotStarted");

            sw.sim.release(sw.userId(0), call.callIdOf(sw.userId(0)));
            sw.awaitConsole("call-1 CallInvalidEv");
            assertTrue(sw.console().indexOf("ProvOutOfServiceEv") < sw.console().indexOf("ProvInServiceEv"));
        }
    }
}
