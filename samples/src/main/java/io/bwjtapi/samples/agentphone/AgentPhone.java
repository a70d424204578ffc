package io.bwjtapi.samples.agentphone;

import io.bwjtapi.samples.ProviderOpener;
import io.bwjtapi.samples.monitor.EventFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlCall;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.callcontrol.events.CallCtlConnAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlTermConnHeldEv;
import javax.telephony.callcontrol.events.CallCtlTermConnTalkingEv;
import javax.telephony.events.CallEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.TermConnEv;

/**
 * A call-centre style agent phone on the console: {@code AgentPhone <peer> "<provider string>" <agent address>}
 * announces calls to the agent's address and takes commands: {@code answer}, {@code hold}, {@code unhold},
 * {@code transfer <number>} (blind), {@code consult <number>} then {@code complete} (warm transfer),
 * {@code hangup}, {@code dial <number>}, {@code calls} and {@code quit}.
 */
public final class AgentPhone implements CallControlCallObserver {
    private static final String USAGE = "AgentPhone <peer class name> \"<provider string>\" <agent address>";
    static final String HELP = "commands: answer | hold | unhold | transfer <number> | consult <number> | complete"
            + " | hangup | dial <number> | calls | quit";

    private final Provider provider;
    private final Address agent;
    private final Terminal phone;
    private final PrintStream out;
    private final EventFormat names = new EventFormat();
    private final AgentCalls calls;
    private volatile Call consulted;
    private volatile Call onHoldForTransfer;

    /**
     * @param provider an in-service provider
     * @param agent the agent's address
     * @param out the console
     */
    public AgentPhone(Provider provider, Address agent, PrintStream out) {
        this.provider = provider;
        this.agent = agent;
        this.phone = agent.getTerminals()[0];
        this.out = out;
        this.calls = new AgentCalls(agent, phone);
    }

    /**
     * Starts announcing the agent's calls.
     *
     * @throws Exception when the provider does not let the application observe the address
     */
    public void start() throws Exception {
        agent.addCallObserver(this);
        out.println("Agent " + agent.getName() + " on " + phone.getName() + " is ready; " + HELP);
    }

    /**
     * Reads commands until {@code quit} or the end of the input.
     *
     * @param in the console
     * @throws IOException when the console cannot be read
     */
    public void run(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!execute(line.trim())) {
                return;
            }
        }
    }

    /**
     * @param command one command line
     * @return {@code false} when the command was {@code quit}
     */
    public boolean execute(String command) {
        String[] words = command.split("\\s+", 2);
        String argument = words.length > 1 ? words[1].trim() : "";
        try {
            switch (words[0]) {
                case "answer":
                    calls.withState(CallControlTerminalConnection.RINGING, "ringing").answer();
                    break;
                case "hold":
                    calls.withState(CallControlTerminalConnection.TALKING, "active").hold();
                    break;
                case "unhold":
                    calls.withState(CallControlTerminalConnection.HELD, "held").unhold();
                    break;
                case "transfer":
                    blindTransfer(argument);
                    break;
                case "consult":
                    consult(argument);
                    break;
                case "complete":
                    completeTransfer();
                    break;
                case "hangup":
                    calls.current().getConnection().disconnect();
                    break;
                case "dial":
                    provider.createCall().connect(phone, agent, required(argument, "dial <number>"));
                    break;
                case "calls":
                    calls.describe(names, out);
                    break;
                case "quit":
                    return false;
                case "":
                    break;
                default:
                    out.println(HELP);
            }
        } catch (Exception e) {
            out.println("Cannot " + command + ": " + e.getMessage());
        }
        return true;
    }

    private void blindTransfer(String destination) throws Exception {
        CallControlTerminalConnection talking = calls.withState(CallControlTerminalConnection.TALKING, "active");
        CallControlCall call = (CallControlCall) talking.getConnection().getCall();
        call.setTransferController(talking);
        call.transfer(required(destination, "transfer <number>"));
    }

    private void consult(String destination) throws Exception {
        CallControlTerminalConnection talking = calls.withState(CallControlTerminalConnection.TALKING, "active");
        Call original = talking.getConnection().getCall();
        CallControlCall consultation = (CallControlCall) provider.createCall();
        consultation.consult(talking, required(destination, "consult <number>"));
        onHoldForTransfer = original;
        consulted = consultation;
        out.println(names.callName(original) + " is on hold while you consult " + destination + " on "
                + names.callName(consultation) + "; 'complete' transfers, 'hangup' then 'unhold' goes back");
    }

    private void completeTransfer() throws Exception {
        if (onHoldForTransfer == null || consulted == null) {
            throw new IllegalStateException("consult someone first");
        }
        ((CallControlCall) onHoldForTransfer).transfer(consulted);
        onHoldForTransfer = null;
        consulted = null;
    }

    private static String required(String argument, String usage) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        return argument;
    }

    @Override
    public void callChangedEvent(CallEv[] events) {
        for (CallEv ev : events) {
            String call = names.callName(ev.getCall());
            if (ev.getID() == CallCtlConnAlertingEv.ID && isAgent((ConnEv) ev)) {
                out.println(call + ": incoming call from " + AgentCalls.otherParties(ev.getCall(), agent)
                        + "; type 'answer'");
            } else if (ev.getID() == CallCtlTermConnTalkingEv.ID && isPhone((TermConnEv) ev)) {
                out.println(call + ": talking with " + AgentCalls.otherParties(ev.getCall(), agent));
            } else if (ev.getID() == CallCtlTermConnHeldEv.ID && isPhone((TermConnEv) ev)) {
                out.println(call + ": on hold");
            } else if (ev.getID() == CallCtlConnDisconnectedEv.ID && isAgent((ConnEv) ev)) {
                out.println(call + ": ended");
            }
        }
    }

    private boolean isAgent(ConnEv ev) {
        return ev.getConnection().getAddress().equals(agent);
    }

    private boolean isPhone(TermConnEv ev) {
        TerminalConnection tc = ev.getTerminalConnection();
        return tc.getTerminal().equals(phone) && tc.getConnection().getAddress().equals(agent);
    }

    /**
     * @param args peer class name, provider string, agent address
     * @throws Exception when the provider cannot be opened
     */
    public static void main(String[] args) throws Exception {
        String peer = ProviderOpener.argument(args, 0, USAGE);
        String providerString = ProviderOpener.argument(args, 1, USAGE);
        String agentAddress = ProviderOpener.argument(args, 2, USAGE);
        Provider provider = ProviderOpener.openInService(peer, providerString, 60);
        try {
            AgentPhone phone = new AgentPhone(provider, provider.getAddress(agentAddress), System.out);
            phone.start();
            phone.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } finally {
            provider.shutdown();
        }
    }
}
