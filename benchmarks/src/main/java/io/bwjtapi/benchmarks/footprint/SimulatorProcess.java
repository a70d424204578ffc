package io.bwjtapi.benchmarks.footprint;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.model.SimUser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The simulator in a process of its own, so that the heap of the measuring JVM holds the provider only. Prints
 * {@code xsp <uri>}, {@code directoryUser <userId>} and {@code ready}; then obeys lines on standard input:
 * {@code calls <n>} (users 2i and 2i+1 set up n answered calls, then {@code calls done}); it stops at
 * {@code quit} or when standard input ends (its parent is gone).
 * <p>
 * Run by {@link StartupAndHeap}: {@code java -cp benchmarks.jar io.bwjtapi.benchmarks.footprint.SimulatorProcess
 * <users>}.
 */
public final class SimulatorProcess {
    private SimulatorProcess() {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.parseInt(args[0]);
        try (BroadWorksSimulator sim = BroadWorksSimulator.start(SimulatorConfig.builder().xspCount(1).users(users)
                .recordLimit(0).maxChannelBacklogBytes(256 * 1024 * 1024).eventTimeout(Duration.ofMinutes(5))
                .build())) {
            List<SimUser> all = sim.users();
            System.out.println("xsp " + sim.xspBaseUri(0));
            System.out.println("directoryUser " + all.get(0).userId());
            System.out.println("ready");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("quit")) {
                if (line.startsWith("calls ")) {
                    int calls = Integer.parseInt(line.substring("calls ".length()).trim());
                    for (int i = 0; i < calls; i++) {
                        SimUser caller = all.get(2 * i);
                        SimUser callee = all.get(2 * i + 1);
                        CallRef call = sim.dial(caller.userId(), callee.extension());
                        sim.answer(callee.userId(), call.callIdOf(callee.userId()));
                    }
                    System.out.println("calls done");
                    System.out.flush();
                }
            }
        }
    }
}
