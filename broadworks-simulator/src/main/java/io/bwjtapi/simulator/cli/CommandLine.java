package io.bwjtapi.simulator.cli;

import io.bwjtapi.simulator.ExtTrackingIdStyle;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.TargetIdMode;
import io.bwjtapi.simulator.load.TrafficProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The standalone simulator's flags. Defaults suit trying bwjtapi against a local "BroadWorks": two XSPs on
 * 18081/18082, the control API on 18090, 50 users, {@code admin@sim.example}/{@code secret}, seed 1, and
 * external parties that answer after 3 s.
 *
 * @param config the simulator configuration
 * @param traffic traffic to start right away, or {@code null}
 * @param help whether usage was asked for
 */
public record CommandLine(SimulatorConfig config, TrafficProfile traffic, boolean help) {
    public static final String USAGE = String.join("\n",
            "java -jar broadworks-simulator-<version>-all.jar [options]",
            "  --xsp-ports 18081,18082     one port per XSP (0 = any free port)",
            "  --control-port 18090        JSON control API port (-1 disables it)",
            "  --bind 127.0.0.1            address to listen on",
            "  --users 50                  number of users (user1001@<domain> ...)",
            "  --agents N                  Call Center agents among them (default: a tenth)",
            "  --login admin@sim.example   administrator login",
            "  --password secret           administrator password",
            "  --user-password P           password of every user (default: the administrator's)",
            "  --domain sim.example        domain of userIds and devices",
            "  --seed 1                    seed of every id and choice",
            "  --event-timeout 30s         channel teardown without heartbeat",
            "  --ack-timeout 10s           event redelivery without EventResponse (0 = off)",
            "  --max-delivery-attempts 3   unacknowledged deliveries before NonResponsiveChannel",
            "  --no-answer-timeout 36s     how long calls ring unanswered",
            "  --click-to-dial-delay 200ms how long the device rings on click-to-dial",
            "  --external-answer 3s        how long external parties ring before answering (never = never)",
            "  --ext-tracking-ids counter  counter | uuid | mixed",
            "  --target-id snapshots       always | never | snapshots (omitted on snapshots, as real XSPs do)",
            "  --tls                       HTTPS on the XSP ports (self-signed certificate for localhost)",
            "  --traffic-cps 0             start generated traffic: calls per second",
            "  --traffic-hold 30s          mean hold time of generated calls",
            "  --record-limit 1000         recorded requests and documents kept in memory",
            "  --help                      print this text");

    /** A long-running simulator keeps only recent recordings: nothing reads them in standalone mode. */
    static final int STANDALONE_RECORD_LIMIT = 1000;
    private static final Set<String> VALUE_FLAGS = Set.of("--xsp-ports", "--control-port", "--bind", "--users",
            "--agents", "--login", "--password", "--user-password", "--domain", "--seed", "--event-timeout",
            "--ack-timeout", "--max-delivery-attempts", "--no-answer-timeout", "--click-to-dial-delay",
            "--external-answer", "--ext-tracking-ids", "--target-id", "--traffic-cps", "--traffic-hold", "--record-limit");

    /** Parses the arguments; throws IllegalArgumentException naming the offending flag. */
    public static CommandLine parse(String... args) {
        SimulatorConfig.Builder b = SimulatorConfig.builder().xspPorts(List.of(18081, 18082)).controlPort(18090)
                .users(50).externalAnswerDelay(Duration.ofSeconds(3)).recordLimit(STANDALONE_RECORD_LIMIT);
        String login = SimulatorConfig.DEFAULT_ADMIN_LOGIN;
        String password = SimulatorConfig.DEFAULT_PASSWORD;
        double cps = 0;
        Duration hold = Duration.ofSeconds(30);
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                help = true;
                continue;
            }
            if (flag.equals("--tls")) {
                b.tls(true);
                continue;
            }
            if (!VALUE_FLAGS.contains(flag)) {
                throw new IllegalArgumentException("unknown option " + flag);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String v = args[++i];
            try {
                switch (flag) {
                    case "--xsp-ports" -> b.xspPorts(ports(v));
                    case "--control-port" -> b.controlPort(Integer.parseInt(v));
                    case "--bind" -> b.bindHost(v);
                    case "--users" -> b.users(Integer.parseInt(v));
                    case "--agents" -> b.callCenterAgents(Integer.parseInt(v));
                    case "--login" -> login = v;
                    case "--password" -> password = v;
                    case "--user-password" -> b.userPassword(v);
                    case "--domain" -> b.domain(v);
                    case "--seed" -> b.seed(Long.parseLong(v));
                    case "--event-timeout" -> b.eventTimeout(duration(v));
                    case "--ack-timeout" -> b.ackTimeout(duration(v));
                    case "--max-delivery-attempts" -> b.maxDeliveryAttempts(Integer.parseInt(v));
                    case "--no-answer-timeout" -> b.noAnswerTimeout(duration(v));
                    case "--click-to-dial-delay" -> b.clickToDialAnswerDelay(duration(v));
                    case "--external-answer" -> b.externalAnswerDelay(v.equals("never") ? null : duration(v));
                    case "--ext-tracking-ids" -> b.extTrackingIdStyle(ExtTrackingIdStyle.valueOf(v.toUpperCase(Locale.ROOT)));
                    case "--target-id" -> b.targetIdMode(targetId(v));
                    case "--traffic-cps" -> cps = Double.parseDouble(v);
                    case "--traffic-hold" -> hold = duration(v);
                    case "--record-limit" -> b.recordLimit(Integer.parseInt(v));
                    default -> throw new IllegalStateException("flag without a case: " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + ": not a number: " + v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(flag + ": " + e.getMessage());
            }
        }
        b.admin(login, password);
        return new CommandLine(b.build(), cps > 0 ? TrafficProfile.of(cps, hold) : null, help);
    }

    /** Parses {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h} or a plain number of seconds. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        if (t.endsWith("h")) {
            return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(t));
    }

    private static List<Integer> ports(String text) {
        List<Integer> ports = new ArrayList<>();
        for (String p : text.split(",")) {
            ports.add(Integer.parseInt(p.trim()));
        }
        return ports;
    }

    private static TargetIdMode targetId(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "always":
                return TargetIdMode.ALWAYS;
            case "never":
                return TargetIdMode.NEVER;
            case "snapshots":
                return TargetIdMode.OMIT_ON_SNAPSHOTS;
            default:
                throw new IllegalArgumentException("must be always, never or snapshots: " + text);
        }
    }
}
