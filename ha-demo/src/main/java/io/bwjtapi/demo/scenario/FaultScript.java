package io.bwjtapi.demo.scenario;

import io.bwjtapi.demo.analysis.Analyzer;
import io.bwjtapi.demo.analysis.Expectation;
import io.bwjtapi.demo.analysis.ScenarioResult;
import io.bwjtapi.demo.analysis.ScenarioResult;
import io.bwjtapi.demo.record.Mark;
import io.bwjtapi.demo.record.Recorder;
import io.bwjtapi.ext.BwAddress;
import io.bwjtapi.simulator.BroadWorksSimulator;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javax.telephony.Address;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;

/**
 * The faults the demo injects, in order, each judged by what the application saw: one XSP killed (invisible: the
 * other XSP's channel carries on), the second XSP killed too (the provider goes out of service and comes back
 * with snapshots), a silent partition of both XSPs (found by the heartbeat), and a crash of the primary
 * Application Server with resync events (the provider stays in service; devices with calls are resynchronised
 * and their stuck calls cleared).
 */
public final class FaultScript {
    private static final Duration COMPARE_WITHIN = Duration.ofSeconds(10);

    private final BroadWorksSimulator sim;
    private final Provider provider;
    private final Recorder recorder;
    private final Pace pace;
    private final Consumer<ScenarioResult> report;
    private final SwitchComparison comparison;
    private final int addresses;

    /**
     * @param sim the switch
     * @param provider the application's provider, in service
     * @param recorder what the application saw
     * @param pace how long to let things run
     * @param report told about each fault once it is judged
     * @throws ResourceUnavailableException when the provider cannot list its addresses
     */
    public FaultScript(BroadWorksSimulator sim, Provider provider, Recorder recorder, Pace pace,
            Consumer<ScenarioResult> report) throws ResourceUnavailableException {
        this.sim = sim;
        this.provider = provider;
        this.recorder = recorder;
        this.pace = pace;
        this.report = report;
        this.comparison = new SwitchComparison(sim, provider);
        this.addresses = provider.getAddresses().length;
    }

    /** Runs every fault in order. */
    public void run() throws InterruptedException, ResourceUnavailableException {
        oneXspKilled();
        secondXspKilled();
        silentPartition();
        applicationServerCrash();
    }

    private void oneXspKilled() throws InterruptedException {
        Mark fault = recorder.mark("XSP 1 killed (XSP 2 still up)", Mark.Kind.FAULT);
        sim.killXsp(0);
        Pace.pause(pace.observe());
        judge("XSP 1 killed", Expectation.INVISIBLE, fault, OptionalLong.empty());
    }

    private void secondXspKilled() throws InterruptedException, ResourceUnavailableException {
        lossOfEveryXsp("every XSP killed", "XSP 2 killed: no XSP left", () -> sim.killXsp(1),
                "XSP 1 and XSP 2 restarted");
    }

    private void silentPartition() throws InterruptedException, ResourceUnavailableException {
        // Both channels must be up again, or partitioning both is not the loss of every channel.
        pace.await(() -> sim.channels().size() >= 2);
        lossOfEveryXsp("silent partition of both XSPs", "silent partition of both XSPs (no reset, no answer)", () -> {
            sim.partitionXsp(0);
            sim.partitionXsp(1);
        }, "partition healed");
    }

    /** Breaks every XSP, lets the outage last, restores them all and judges a provider cycle. */
    private void lossOfEveryXsp(String title, String faultLabel, Runnable breakThem, String repairLabel)
            throws InterruptedException, ResourceUnavailableException {
        Mark fault = recorder.mark(faultLabel, Mark.Kind.FAULT);
        breakThem.run();
        pace.await(() -> provider.getState() == Provider.OUT_OF_SERVICE);
        Pace.pause(pace.outage());
        Mark repair = recorder.mark(repairLabel, Mark.Kind.REPAIR);
        sim.restoreXsp(0);
        sim.restoreXsp(1);
        awaitBackInService();
        judge(title, Expectation.PROVIDER_CYCLE, fault, OptionalLong.of(repair.at()));
    }

    private void applicationServerCrash() throws InterruptedException {
        Mark fault = recorder.mark("primary Application Server crashed (resync events sent)",
                Mark.Kind.FAULT);
        sim.asCrash(true);
        Pace.pause(pace.observe());
        List<String> differences = comparison.differences(COMPARE_WITHIN);
        Mark repair = recorder.mark("primary Application Server recovered", Mark.Kind.REPAIR);
        sim.asRecover();
        Pace.pause(pace.settle());
        report.accept(Analyzer.analyze("primary Application Server crash", Expectation.DEVICE_CYCLE,
                recorder.seen(), fault.at(), OptionalLong.of(repair.at()), recorder.now(), addresses, differences));
    }

    private void awaitBackInService() throws InterruptedException, ResourceUnavailableException {
        pace.await(() -> provider.getState() == Provider.IN_SERVICE);
        Address[] all = provider.getAddresses();
        pace.await(() -> {
            for (Address address : all) {
                if (((BwAddress) address).getState() != BwAddress.IN_SERVICE) {
                    return false;
                }
            }
            return true;
        });
        Pace.pause(pace.settle());
    }

    private void judge(String title, Expectation expectation, Mark fault, OptionalLong repairedAt)
            throws InterruptedException {
        List<String> differences = comparison.differences(COMPARE_WITHIN);
        ScenarioResult result = Analyzer.analyze(title, expectation, recorder.seen(), fault.at(), repairedAt,
                recorder.now(), addresses, differences);
        if (expectation == Expectation.PROVIDER_CYCLE) {
            // The provider's own timing of the failover, as an operator reads it in JMX.
            result = result.withProviderDetection(ProviderJmx.of(provider.getName())
                    .flatMap(ProviderJmx::lastFailoverStart).map(t -> OptionalLong.of(recorder.at(t)))
                    .orElse(OptionalLong.empty()));
        }
        report.accept(result);
    }
}
