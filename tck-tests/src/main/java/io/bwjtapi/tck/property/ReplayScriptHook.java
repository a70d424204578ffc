package io.bwjtapi.tck.property;

import io.bwjtapi.tck.TckSettings;
import io.bwjtapi.tck.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.FalsifiedSample;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * When a scenario property fails, writes the shrunk scenario as a replay script to
 * {@code <tck.reportDir>/<Class>.<method>.tck} and reports where it is and how to replay it. Add it to a
 * property class with {@code @AddLifecycleHook(ReplayScriptHook.class)}.
 */
public final class ReplayScriptHook implements AroundPropertyHook {
    /** The command that replays a script file (append its path). */
    public static final String REPLAY_COMMAND = "mvn -pl tck-tests -am verify -Dtest=none -Dit.test=ReplayIT"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dtck.replay=";

    /** Registered on a class, the hook applies to each of its properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyExecutionResult result = property.execute();
        if (result.status() != PropertyExecutionResult.Status.FAILED) {
            return result;
        }
        Optional<Scenario> scenario = scenarioOf(result.shrunkSample().map(s -> (FalsifiedSample) s))
                .or(() -> scenarioOf(result.originalSample()));
        scenario.ifPresent(s -> {
            String name = context.containerClass().getSimpleName() + "." + context.targetMethod().getName();
            String text = script(name, result.seed().orElse("?"), s, TckSettings.fromSystemProperties().reportDir());
            context.reporter().publishValue("replay script", text);
        });
        return result;
    }

    /** Writes the script; returns it with its header (or the reason it could not be written). */
    static String script(String name, String seed, Scenario scenario, Path dir) {
        Path file = dir.resolve(name + ".tck");
        String header = "# " + name + " failed (jqwik seed " + seed + "); replay with\n"
                + "#   " + REPLAY_COMMAND + file.toAbsolutePath() + "\n";
        String text = header + scenario;
        try {
            Files.createDirectories(dir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return text + "# (could not write " + file + ": " + e + ")\n";
        }
        return text;
    }

    private static Optional<Scenario> scenarioOf(Optional<FalsifiedSample> sample) {
        return sample.flatMap(s -> s.parameters().stream().filter(Scenario.class::isInstance)
                .map(Scenario.class::cast).findFirst());
    }
}
