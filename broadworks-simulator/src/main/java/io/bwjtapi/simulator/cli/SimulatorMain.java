package io.bwjtapi.simulator.cli;

import io.bwjtapi.simulator.BroadWorksSimulator;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** Runs the simulator standalone until the process is stopped (Ctrl-C or SIGTERM). */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (commandLine.help()) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        BroadWorksSimulator simulator = BroadWorksSimulator.start(commandLine.config());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "bwsim-shutdown"));
        if (commandLine.traffic() != null) {
            simulator.startTraffic(commandLine.traffic());
        }
        describe(simulator, System.out);
        stopped.await();
    }

    /** Prints where the simulator listens and how to log in (never the password). */
    static void describe(BroadWorksSimulator simulator, PrintStream out) {
        out.println("BroadWorks simulator running");
        for (int i = 0; i < simulator.xspBaseUris().size(); i++) {
            out.println("  XSP " + i + ":        " + simulator.xspBaseUris().get(i));
        }
        simulator.controlBaseUri().ifPresent(uri -> out.println("  control API:  " + uri + "/control/state"));
        out.println("  admin login:  " + simulator.config().adminLogin());
        out.println("  users:        " + simulator.users().size() + " (" + simulator.users().get(0).userId() + " ...)");
        out.println("Stop with Ctrl-C.");
    }
}
