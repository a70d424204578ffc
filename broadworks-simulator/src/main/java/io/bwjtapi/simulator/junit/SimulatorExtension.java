package io.bwjtapi.simulator.junit;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.SimulatorConfig;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link BroadWorksSimulator} around tests. Registered on a static field it starts once before all
 * tests of the class; on an instance field it starts before each test. Either way it is closed afterwards,
 * and test methods and constructors may take a {@code BroadWorksSimulator} parameter.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SimulatorExtension SIM = new SimulatorExtension(SimulatorConfig.builder().users(4).build());
 *
 * &#64;Test
 * void dials(BroadWorksSimulator sim) { ... SIM.get().xspBaseUris() ... }
 * </pre>
 */
public final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private final SimulatorConfig config;
    private BroadWorksSimulator simulator;
    private boolean perClass;

    /** An extension that starts simulators with the configuration. */
    public SimulatorExtension(SimulatorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** An extension with {@link SimulatorConfig#defaults()}. */
    public SimulatorExtension() {
        this(SimulatorConfig.defaults());
    }

    /** The running simulator. */
    public BroadWorksSimulator get() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only while a test runs");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        simulator = BroadWorksSimulator.start(config);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            simulator = BroadWorksSimulator.start(config);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BroadWorksSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return get();
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
