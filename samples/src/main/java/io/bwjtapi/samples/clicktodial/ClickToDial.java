package io.bwjtapi.samples.clicktodial;

import io.bwjtapi.samples.ProviderOpener;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallObserver;
import javax.telephony.Connection;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.ConnAlertingEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.ConnEv;
import javax.telephony.events.ConnFailedEv;

/**
 * Click-to-dial from the command line: {@code ClickToDial <peer> "<provider string>" <from> <to>} rings the
 * {@code from} user's phone, and once it is picked up dials {@code to}. It reports the progress of the call until
 * the destination rings or answers (or the call fails), then exits; the call itself goes on.
 */
public final class ClickToDial {
    private static final String USAGE = "ClickToDial <peer class name> \"<provider string>\" <from address> <to number>";
    private static final long PROGRESS_SECONDS = 30;

    private final Provider provider;
    private final PrintStream out;

    /**
     * @param provider an in-service provider
     * @param out where the progress is reported
     */
    public ClickToDial(Provider provider, PrintStream out) {
        this.provider = provider;
        this.out = out;
    }

    /**
     * Places the call and reports its progress.
     *
     * @param from the address (user) whose phone places the call
     * @param to the number to dial
     * @return whether the destination was reached (ringing or answered) in time
     * @throws Exception when the provider refuses the call (the JTAPI exception says why)
     */
    public boolean dial(String from, String to) throws Exception {
        Address origin = provider.getAddress(from);
        Terminal phone = origin.getTerminals()[0];
        Call call = provider.createCall();
        Progress progress = new Progress(origin.getName());
        call.addObserver(progress);
        out.println("Calling " + to + " from " + from + " (" + phone.getName() + ")");
        Connection[] connections = call.connect(phone, origin, to);
        out.println("Accepted: " + connections[0].getAddress().getName() + " -> " + connections[1].getAddress().getName());
        boolean reached = progress.reached.await(PROGRESS_SECONDS, TimeUnit.SECONDS) && !progress.failed;
        call.removeObserver(progress);
        return reached;
    }

    /** Reports what happens to the connections until the destination is reached or the call ends. */
    private final class Progress implements CallObserver {
        private final String origin;
        private final CountDownLatch reached = new CountDownLatch(1);
        private volatile boolean failed;

        Progress(String origin) {
            this.origin = origin;
        }

        @Override
        public void callChangedEvent(CallEv[] events) {
            for (CallEv ev : events) {
                if (ev instanceof ConnEv) {
                    connection(((ConnEv) ev).getConnection().getAddress().getName(), ev.getID());
                } else if (ev.getID() == CallInvalidEv.ID) {
                    out.println("The call ended");
                    failed = true;
                    reached.countDown();
                }
            }
        }

        private void connection(String party, int id) {
            boolean destination = !party.equals(origin);
            switch (id) {
                case ConnAlertingEv.ID:
                    out.println(party + " is ringing");
                    if (destination) {
                        reached.countDown();
                    }
                    break;
                case ConnConnectedEv.ID:
                    out.println(party + " is connected");
                    if (destination) {
                        reached.countDown();
                    }
                    break;
                case ConnFailedEv.ID:
                    out.println(party + " could not be reached");
                    failed = true;
                    reached.countDown();
                    break;
                case ConnDisconnectedEv.ID:
                    out.println(party + " hung up");
                    break;
                default:
                    break;
            }
        }
    }

    /**
     * @param args peer class name, provider string, from address, to number
     * @throws Exception when the provider cannot be opened or refuses the call
     */
    public static void main(String[] args) throws Exception {
        String peer = ProviderOpener.argument(args, 0, USAGE);
        String providerString = ProviderOpener.argument(args, 1, USAGE);
        String from = ProviderOpener.argument(args, 2, USAGE);
        String to = ProviderOpener.argument(args, 3, USAGE);
        Provider provider = ProviderOpener.openInService(peer, providerString, 60);
        boolean reached;
        try {
            reached = new ClickToDial(provider, System.out).dial(from, to);
        } finally {
            provider.shutdown();
        }
        System.exit(reached ? 0 : 1);
    }
}
