package io.bwjtapi.tck;

import io.bwjtapi.tck.driver.EnvironmentDriver;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skips end-to-end properties, with the reason, while the implementation under test cannot open a provider
 * against the environment at all (its peer class is missing, or it refuses). With {@code -Dtck.strict=true}
 * nothing is skipped and such a failure fails the properties. The probe runs once per JVM.
 */
public final class RequireProvider implements SkipExecutionHook {
    private static final Logger LOG = LoggerFactory.getLogger(RequireProvider.class);
    private static String unavailable;
    private static boolean probed;

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        TckSettings settings = TckSettings.fromSystemProperties();
        String reason = probe(settings);
        if (reason == null || settings.strict()) {
            return SkipResult.doNotSkip();
        }
        return SkipResult.skip(reason);
    }

    /** Why no provider can be opened, or {@code null} when one can. */
    public static synchronized String probe(TckSettings settings) {
        if (!probed) {
            probed = true;
            unavailable = tryOpen(settings);
            if (unavailable != null) {
                LOG.warn("end-to-end TCK properties {}: {}", settings.strict() ? "will fail" : "are SKIPPED",
                        unavailable);
            }
        }
        return unavailable;
    }

    private static String tryOpen(TckSettings settings) {
        EnvironmentDriver.Factory drivers = settings.driverFactory();
        try (EnvironmentDriver driver = drivers.start(settings.parties());
                TckSession session = TckSession.open(settings, driver)) {
            return null;
        } catch (ProviderUnavailable e) {
            return "no provider of " + settings.jtapiPeer() + " can be opened (" + e.getMessage()
                    + "); -Dtck.strict=true turns this skip into a failure";
        } catch (Exception | AssertionError e) {
            // Anything else is the implementation misbehaving: let the properties run and report it.
            return null;
        }
    }
}
