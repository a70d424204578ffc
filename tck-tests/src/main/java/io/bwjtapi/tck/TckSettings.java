package io.bwjtapi.tck;

import io.bwjtapi.tck.driver.EnvironmentDriver;
import io.bwjtapi.tck.property.KnownDivergence;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;

/**
 * The kit's configuration, read from system properties (so {@code mvn -D...} reaches it):
 * <ul>
 *   <li>{@code tck.jtapiPeer}: the JtapiPeer class under test; default {@value #DEFAULT_PEER};</li>
 *   <li>{@code tck.providerString}: the provider string; default: the driver's. May use the placeholders
 *       {@code ${servers}}, {@code ${login}}, {@code ${passwd}} and {@code ${users}}, which the simulator driver
 *       fills in;</li>
 *   <li>{@code tck.driver}: the {@link EnvironmentDriver.Factory} class; default {@value #DEFAULT_DRIVER};</li>
 *   <li>{@code tck.parties}: local parties per scenario (default 4); {@code tck.maxSteps}: steps per generated
 *       scenario (default 10);</li>
 *   <li>{@code tck.timeout}: how long the application may take to reflect one step (default 10s);</li>
 *   <li>{@code tck.callControl}: whether the implementation reports call control states (default true);</li>
 *   <li>{@code tck.strict}: fail instead of skip when no provider can be opened (default false);</li>
 *   <li>{@code tck.reportDir}: where failure transcripts and replay scripts go (default
 *       {@code target/tck-reports});</li>
 *   <li>{@code tck.knownDivergences}: {@link KnownDivergence}s to tolerate, comma separated (default none).</li>
 * </ul>
 */
public record TckSettings(String jtapiPeer, String providerString, String driver, int parties, int maxSteps,
        Duration timeout, boolean callControl, boolean strict, Path reportDir, Set<KnownDivergence> tolerated) {
    public static final String DEFAULT_PEER = "io.bwjtapi.BwJtapiPeer";
    public static final String DEFAULT_DRIVER = "io.bwjtapi.tck.driver.SimulatorEnvironmentDriver$Factory";

    /** The settings from the system properties. */
    public static TckSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    /** The settings from a property set (missing keys take their defaults). */
    public static TckSettings from(Properties p) {
        return new TckSettings(
                p.getProperty("tck.jtapiPeer", DEFAULT_PEER),
                blankToNull(p.getProperty("tck.providerString")),
                p.getProperty("tck.driver", DEFAULT_DRIVER),
                Integer.parseInt(p.getProperty("tck.parties", "4")),
                Integer.parseInt(p.getProperty("tck.maxSteps", "10")),
                duration("tck.timeout", p.getProperty("tck.timeout", "10s")),
                Boolean.parseBoolean(p.getProperty("tck.callControl", "true")),
                Boolean.parseBoolean(p.getProperty("tck.strict", "false")),
                Path.of(p.getProperty("tck.reportDir", "target/tck-reports")),
                KnownDivergence.parse(p.getProperty("tck.knownDivergences")));
    }

    public TckSettings {
        if (parties < 2) {
            throw new IllegalArgumentException("tck.parties must be at least 2: " + parties);
        }
        tolerated = Set.copyOf(tolerated);
        if (maxSteps < 1) {
            throw new IllegalArgumentException("tck.maxSteps must be at least 1: " + maxSteps);
        }
    }

    /** Creates the configured driver factory. */
    public EnvironmentDriver.Factory driverFactory() {
        try {
            return (EnvironmentDriver.Factory) Class.forName(driver).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("tck.driver " + driver + " is not an EnvironmentDriver.Factory with a"
                    + " public no-argument constructor", e);
        }
    }

    /** The provider string to open: {@code tck.providerString} with placeholders filled, or the driver's. */
    public String providerStringFor(EnvironmentDriver driver) {
        return providerString == null ? driver.providerString() : driver.expandProviderString(providerString);
    }

    /** Settings without the provider string, which may hold a password. */
    @Override
    public String toString() {
        return "TckSettings[peer=" + jtapiPeer + ", driver=" + driver + ", parties=" + parties + ", maxSteps="
                + maxSteps + ", timeout=" + timeout + ", callControl=" + callControl + ", strict=" + strict
                + ", tolerated=" + tolerated + ", providerString="
                + (providerString == null ? "(the driver's)" : "(given, not shown)") + "]";
    }

    /** {@code 250ms}, {@code 10s} or {@code 2m}. */
    private static Duration duration(String key, String raw) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)").matcher(raw.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " must be a number with ms, s or m: " + raw);
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2).equals("ms") ? Duration.ofMillis(n) : m.group(2).equals("s") ? Duration.ofSeconds(n)
                : Duration.ofMinutes(n);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
