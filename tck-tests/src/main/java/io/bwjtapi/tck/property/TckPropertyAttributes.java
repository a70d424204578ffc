package io.bwjtapi.tck.property;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the tries and the seed of the end-to-end scenario properties from {@code -Dtck.tries} (default
 * {@value #DEFAULT_TRIES}) and {@code -Dtck.seed} (default {@value #DEFAULT_SEED}: the same scenarios in every build,
 * so that a build's verdict does not depend on luck; {@code random} explores new ones, as the {@code soak} profile
 * does). A failure reports its seed, so any run can be repeated with {@code -Dtck.seed=<seed>}.
 */
public final class TckPropertyAttributes implements AroundPropertyHook {
    public static final int DEFAULT_TRIES = 100;
    public static final String DEFAULT_SEED = "20261122";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(Integer.getInteger("tck.tries", DEFAULT_TRIES));
        String seed = System.getProperty("tck.seed", DEFAULT_SEED);
        if (!seed.equalsIgnoreCase("random")) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }

    /** Runs before the other hooks of the kit, so that they see the final attributes. */
    @Override
    public int aroundPropertyProximity() {
        return -10;
    }
}
