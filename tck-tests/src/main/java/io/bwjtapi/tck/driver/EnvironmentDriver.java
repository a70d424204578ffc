package io.bwjtapi.tck.driver;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Does for the kit what a JTAPI application cannot: people at the phones and in the network place, answer,
 * hold and hang up calls; faults are injected and repaired; the switch's ground truth is read. One driver
 * serves one generated scenario; the kit closes it afterwards.
 * <p>
 * Parties are named by the driver's ids ({@link PartyRef#id()}); {@link #EXTERNAL} names the party outside
 * the switch of a call. Actions the switch refuses throw {@link ActionRefusedException}. Implement
 * {@link Factory} (with a public no-argument constructor) and name it with {@code -Dtck.driver} to run the
 * kit against another switch.
 */
public interface EnvironmentDriver extends AutoCloseable {
    /** The party outside the switch (in the public network) of a call. */
    String EXTERNAL = "external";

    /** Starts drivers; one per scenario. */
    interface Factory {
        /**
         * Starts an environment with at least {@code parties} local parties, all idle.
         *
         * @param parties how many local parties the scenarios use
         */
        EnvironmentDriver start(int parties);
    }

    /** The provider string that opens the implementation under test against this environment. */
    String providerString();

    /**
     * Fills a provider string given by the user ({@code -Dtck.providerString}) with this environment's values
     * for its placeholders (such as {@code ${servers}}); by default the template is used as it is.
     */
    default String expandProviderString(String template) {
        return template;
    }

    /** The local parties, all monitored by the implementation under test, in a stable order. */
    List<PartyRef> parties();

    /** How many servers the implementation connects to ({@link Fault.KillServer} takes an index below it). */
    int serverCount();

    /** The fault types this environment can inject. */
    Set<Class<? extends Fault>> supportedFaults();

    /** How long the implementation may take to notice a lost server and to recover from a fault. */
    Duration recoveryTimeout();

    /** {@code from} (a party id) dials {@code to}: a party id, or {@link #EXTERNAL} for a number outside. */
    CallHandle dial(String from, String to);

    /** Someone in the public network dials the party. */
    CallHandle dialFromExternal(String to);

    /** The party (or {@link #EXTERNAL}) answers the call that alerts it. */
    void answer(String party, CallHandle call);

    /** The party (or {@link #EXTERNAL}) hangs up. */
    void hangUp(String party, CallHandle call);

    void hold(String party, CallHandle call);

    void retrieve(String party, CallHandle call);

    /** Injects a fault of a supported type. */
    void inject(Fault fault);

    /**
     * Repairs every fault (servers restored, call server recovered, event faults cleared) and does whatever
     * the implementation's contract needs to notice losses that the switch never announces, so that the
     * application's view must converge to {@link #truth()}.
     */
    void recover();

    /** The ground truth now. */
    SwitchView truth();

    /** The implementation's device service extension, or {@link DeviceServiceHooks#NONE}. */
    DeviceServiceHooks deviceService();

    /** Stops the environment. */
    @Override
    void close();
}
