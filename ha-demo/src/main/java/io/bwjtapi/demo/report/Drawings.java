package io.bwjtapi.demo.report;

import io.bwjtapi.demo.DemoResult;
import io.bwjtapi.demo.analysis.ScenarioResult;
import io.bwjtapi.demo.record.Mark;
import io.bwjtapi.demo.record.Seen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The SVG timelines of the report: one for the provider, one per address, on the same time axis. */
final class Drawings {
    private static final int LANE = 9;

    private final DemoResult result;
    private final long end;

    Drawings(DemoResult result) {
        this.result = result;
        this.end = result.endAt();
    }

    /**
     * The provider's state, the demo's actions, and when the failovers ended calls' observation (normal call ends
     * are not shown) or snapshots reported calls again.
     */
    String provider(List<Timelines.Period> periods) {
        Svg svg = new Svg(118, end, "provider timeline");
        faultWindows(svg, 0, 100);
        svg.grid(14, 100, true);
        svg.text(4, 34, "label", "provider");
        for (Timelines.Period p : periods) {
            svg.span(p.from(), p.to(), 24, 14, "state-" + p.state().toLowerCase().replace('_', '-'),
                    p.state() + " from " + seconds(p.from()) + " to " + seconds(p.to()));
        }
        svg.text(4, 62, "label", "observation");
        svg.text(4, 86, "label", "snapshots");
        Set<String> ended = new HashSet<>();
        for (Seen s : result.seen()) {
            if (s.is("CallInvalidEv")) {
                ended.add(s.subject());
            } else if (s.is("CallObservationEndedEv") && !ended.contains(s.subject())) {
                svg.line(svg.x(s.at()), 52, svg.x(s.at()), 66, "tick-ended", s.subject() + " observation ended at "
                        + seconds(s.at()));
            } else if (s.snapshot() && s.is("CallActiveEv")) {
                svg.line(svg.x(s.at()), 76, svg.x(s.at()), 90, "tick-snapshot", s.subject() + " snapshot at "
                        + seconds(s.at()));
            }
        }
        List<Mark> marks = result.marks();
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            String kind = m.kind().name().toLowerCase(java.util.Locale.ROOT);
            svg.line(svg.x(m.at()), 2, svg.x(m.at()), 100, "mark-" + kind, kind + ": " + m.label() + " at "
                    + seconds(m.at()));
            svg.text(svg.x(m.at()) + 3, 11, "mark-" + kind + "-text", String.valueOf(i + 1));
        }
        return svg.toString();
    }

    /** One address: its service state, and its calls in lanes (a new lane where calls overlap). */
    String address(Timelines.AddressTimeline a) {
        List<List<Timelines.Segment>> lanes = lanes(a.calls());
        int height = 18 + Math.max(1, lanes.size()) * LANE + 4;
        Svg svg = new Svg(height, end, "address " + a.address() + " timeline");
        faultWindows(svg, 0, height);
        svg.grid(0, height, false);
        svg.text(4, 14, "label", a.address());
        svg.span(0, end, 4, 5, "state-in-service", a.address() + " in service");
        for (Timelines.Period p : a.outOfService()) {
            svg.span(p.from(), p.to(), 4, 5, "state-out-of-service", a.address() + " out of service from "
                    + seconds(p.from()) + " to " + seconds(p.to()));
        }
        for (int lane = 0; lane < lanes.size(); lane++) {
            double y = 14 + lane * LANE;
            for (Timelines.Segment c : lanes.get(lane)) {
                String tip = c.call() + (c.others().isEmpty() ? "" : " with " + c.others()) + ", " + seconds(c.from())
                        + " to " + seconds(c.to()) + ending(c);
                svg.span(c.from(), c.to(), y, LANE - 3, "call", tip);
                if (c.fromSnapshot()) {
                    svg.diamond(svg.x(c.from()), y + 3, 4, "snapshot", c.call() + " reported again by a snapshot at "
                            + seconds(c.from()));
                }
                if (c.end() == Timelines.End.OBSERVATION_ENDED) {
                    svg.cross(svg.x(c.to()), y + 3, 3.5, "ended", c.call() + " observation ended at "
                            + seconds(c.to()));
                }
            }
        }
        return svg.toString();
    }

    private void faultWindows(Svg svg, double top, double bottom) {
        for (ScenarioResult r : result.results()) {
            long to = r.repairedAt().orElse(r.endAt());
            svg.span(r.injectedAt(), to, top, bottom - top, "fault-window", r.title());
        }
    }

    private static List<List<Timelines.Segment>> lanes(List<Timelines.Segment> calls) {
        List<Timelines.Segment> sorted = new ArrayList<>(calls);
        sorted.sort((x, y) -> Long.compare(x.from(), y.from()));
        List<List<Timelines.Segment>> lanes = new ArrayList<>();
        for (Timelines.Segment c : sorted) {
            List<Timelines.Segment> free = null;
            for (List<Timelines.Segment> lane : lanes) {
                if (lane.get(lane.size() - 1).to() <= c.from()) {
                    free = lane;
                    break;
                }
            }
            if (free == null) {
                free = new ArrayList<>();
                lanes.add(free);
            }
            free.add(c);
        }
        return lanes;
    }

    private static String ending(Timelines.Segment c) {
        switch (c.end()) {
            case OBSERVATION_ENDED:
                return ", observation ended";
            case STILL_ACTIVE:
                return ", still in progress";
            default:
                return "";
        }
    }

    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
