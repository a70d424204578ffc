package io.bwjtapi.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bwjtapi.samples.agentphone.AgentPhone;
import io.bwjtapi.simulator.model.CallState;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The agent phone answers, holds, retrieves and transfers (blind and warm) calls on the console. */
class AgentPhoneIT {
    static final String CUSTOMER = "+4940555000";

    @Test
    void answersHoldsAndTransfersBlind() throws Exception {
        try (SimulatedSwitch sw = new SimulatedSwitch(1)) {
            AgentPhone phone = agentAt1001(sw);
            sw.sim.dialFromExternal(CUSTOMER, sw.userId(0));
            sw.awaitConsole("call-1: incoming call from " + CUSTOMER + "; type 'answer'");

            phone.execute("answer");
            sw.awaitConsole("call-1: talking with " + CUSTOMER);
            sw.awaitTruth(0, "is talking", h -> h.size() == 1 && h.get(0).state() == CallState.ACTIVE);
            phone.execute("hold");
            sw.awaitConsole("call-1: on hold");
            sw.awaitTruth(0, "holds the call", h -> h.size() == 1 && h.get(0).state() == CallState.HELD);
            phone.execute("unhold");
            sw.awaitTruth(0, "is talking again", h -> h.size() == 1 && h.get(0).state() == CallState.ACTIVE);

            phone.execute("transfer " + sw.ext(2));
            sw.awaitConsole("call-1: ended");
            sw.awaitTruth(2, "is offered the customer", h -> h.size() == 1
                    && h.get(0).remoteAddress().contains(CUSTOMER.substring(1)));
            sw.awaitTruth(0, "has no call", h -> h.isEmpty());
            phone.execute("calls");
            sw.awaitConsole("no calls");
        }
    }

    @Test
    void transfersWarmAfterAConsultation() throws Exception {
        try (SimulatedSwitch sw = new SimulatedSwitch(1)) {
            AgentPhone phone = agentAt1001(sw);
            sw.sim.dialFromExternal(CUSTOMER, sw.userId(0));
            sw.awaitConsole("incoming call from " + CUSTOMER);
            phone.run(new BufferedReader(new StringReader("answer\n")));
            sw.awaitTruth(0, "is talking", h -> h.size() == 1 && h.get(0).state() == CallState.ACTIVE);

            phone.execute("consult " + sw.ext(1));
            sw.awaitConsole("is on hold while you consult " + sw.ext(1));
            sw.awaitTruth(1, "is consulted", h -> h.size() == 1 && h.get(0).state() == CallState.ALERTING);
            String consultCallId = sw.sim.truth().knownHalvesOf(sw.userId(1)).get(0).callId();
            sw.sim.answer(sw.userId(1), consultCallId);
            sw.awaitTruth(1, "talks to the agent", h -> h.size() == 1 && h.get(0).state() == CallState.ACTIVE);

            phone.execute("complete");
            sw.awaitTruth(1, "talks to the customer", h -> h.size() == 1
                    && h.get(0).remoteAddress().contains(CUSTOMER.substring(1)) && h.get(0).state() == CallState.ACTIVE);
            sw.awaitTruth(0, "has no call", h -> h.isEmpty());
        }
    }

    @Test
    void explainsWhatItCannotDo() throws Exception {
        try (SimulatedSwitch sw = new SimulatedSwitch(1)) {
            AgentPhone phone = agentAt1001(sw);
            phone.execute("hold");
            sw.awaitConsole("Cannot hold: there is no active call");
            phone.execute("transfer");
            sw.awaitConsole("Cannot transfer: there is no active call");
            phone.execute("complete");
            sw.awaitConsole("Cannot complete: consult someone first");
            phone.execute("fly");
            sw.awaitConsole("commands: answer | hold");
            assertFalse(phone.execute("quit"));
        }
    }

    /** The agent phone of user 1001, started. */
    static AgentPhone agentAt1001(SimulatedSwitch sw) throws Exception {
        AgentPhone phone = new AgentPhone(sw.provider, sw.provider.getAddress(sw.ext(0)), sw.out);
        phone.start();
        return phone;
    }
}
