package io.bwjtapi.demo.report;

import io.bwjtapi.demo.DemoResult;
import io.bwjtapi.demo.analysis.ScenarioResult;
import io.bwjtapi.demo.record.Mark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;

/**
 * Writes the demo's report: one self-contained HTML page (well-formed XHTML, inline CSS and SVG, no scripts) with
 * the faults and what the application saw, a timeline of the provider and one per address.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * @param result the run
     * @param directory where {@code index.html} goes
     * @return the page
     * @throws IOException when it cannot be written
     */
    public static Path write(DemoResult result, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path page = directory.resolve("index.html");
        Files.writeString(page, html(result), StandardCharsets.UTF_8);
        return page;
    }

    static String html(DemoResult result) throws IOException {
        long watchedFrom = result.marks().isEmpty() ? 0 : result.marks().get(0).at();
        Timelines timelines = new Timelines(result.addresses(), result.seen(), watchedFrom, result.endAt());
        Drawings drawings = new Drawings(result);
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>bwjtapi HA demo</title>\n<style>\n")
                .append(css()).append("</style>\n</head>\n<body>\n");
        b.append("<h1>bwjtapi HA demo</h1>\n<p class=\"setting\">")
                .append(Html.escape(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)))
                .append(" &#8212; against ").append(Html.escape(result.setting())).append(".<br/>Provider string <code>")
                .append(Html.escape(result.providerString())).append("</code>; the application is the observer monitor "
                        + "sample, observing ").append(result.addresses().size()).append(" addresses.</p>\n");
        verdict(b, result);
        faults(b, result.results());
        actions(b, result.marks());
        b.append("<h2>Provider</h2>\n").append(drawings.provider(timelines.provider()));
        legend(b);
        b.append("<h2>Addresses</h2>\n<div class=\"addresses\">\n");
        for (Timelines.AddressTimeline a : timelines.addresses()) {
            b.append(drawings.address(a));
        }
        b.append("</div>\n");
        counters(b, result.counters());
        b.append("<p class=\"files\">Every event the application saw: <a href=\"events.log\">events.log</a>. "
                + "The provider's own log: <a href=\"bwjtapi.log\">bwjtapi.log</a>.</p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void verdict(StringBuilder b, DemoResult result) {
        if (result.results().isEmpty()) {
            return;
        }
        b.append(result.contractKept() ? "<p class=\"verdict ok\">Every fault went as the failover contract promises."
                : "<p class=\"verdict broken\">Some faults broke the failover contract.").append("</p>\n");
    }

    private static void faults(StringBuilder b, List<ScenarioResult> results) {
        if (results.isEmpty()) {
            return;
        }
        b.append("<h2>Faults and what the application saw</h2>\n<table>\n<tr><th>fault</th><th>injected</th>"
                + "<th>provider detected the loss (JMX)</th><th>first sign for the application</th>"
                + "<th>provider out of service</th><th>repaired</th><th>provider in service</th>"
                + "<th>last address back in service</th><th>addresses out</th><th>observations ended</th>"
                + "<th>snapshots</th><th>stuck calls cleared</th><th>matches the switch</th><th>contract</th></tr>\n");
        for (ScenarioResult r : results) {
            long from = r.repairedAt().orElse(r.injectedAt());
            b.append("<tr><td>").append(Html.escape(r.title())).append("</td><td>")
                    .append(Drawings.seconds(r.injectedAt())).append("</td><td>")
                    .append(after(r.providerDetectedAt(), r.injectedAt())).append("</td><td>")
                    .append(after(r.detectedAt(), r.injectedAt())).append("</td><td>")
                    .append(after(r.outOfServiceAt(), r.injectedAt())).append("</td><td>")
                    .append(r.repairedAt().isPresent() ? Drawings.seconds(r.repairedAt().getAsLong()) : "&#8212;")
                    .append("</td><td>").append(after(r.inServiceAt(), from)).append("</td><td>")
                    .append(after(r.devicesBackAt(), r.devicesBackFrom())).append("</td><td>").append(r.devicesOut())
                    .append("</td><td>").append(r.observationsEnded()).append("</td><td>").append(r.snapshots())
                    .append("</td><td>").append(r.cleared()).append("</td><td>")
                    .append(r.differences().isEmpty() ? "yes" : Html.escape("no: " + r.differences()))
                    .append("</td><td class=\"").append(r.kept() ? "ok\">kept" : "broken\">"
                            + Html.escape("broken: " + String.join("; ", r.problems()))).append("</td></tr>\n");
        }
        b.append("</table>\n<p class=\"note\">Times after the fault (first sign, out of service) count from its "
                + "injection; times after a repair count from the repair. &#8220;Stuck calls cleared&#8221; are calls "
                + "whose observation ended and that did not come back: they ended meanwhile, or BroadWorks no longer "
                + "has them.</p>\n");
    }

    private static void actions(StringBuilder b, List<Mark> marks) {
        b.append("<h2>What the demo did</h2>\n<ol class=\"marks\">\n");
        for (Mark m : marks) {
            b.append("<li class=\"").append(m.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(Drawings.seconds(m.at())).append(": ").append(Html.escape(m.label())).append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private static void legend(StringBuilder b) {
        b.append("<p class=\"legend\"><span class=\"swatch state-in-service\"></span> in service "
                + "<span class=\"swatch state-out-of-service\"></span> out of service "
                + "<span class=\"swatch fault-window\"></span> fault "
                + "<span class=\"swatch call\"></span> a call at the address "
                + "<span class=\"glyph snapshot-text\">&#9670;</span> reported again by a snapshot "
                + "<span class=\"glyph ended-text\">&#10005;</span> observation ended. "
                + "Numbers at the top are the demo's actions above; hover over anything for details.</p>\n");
    }

    private static void counters(StringBuilder b, List<String> counters) {
        if (counters.isEmpty()) {
            return;
        }
        b.append("<h2>The provider in JMX at the end</h2>\n<pre>");
        for (String line : counters) {
            b.append(Html.escape(line)).append('\n');
        }
        b.append("</pre>\n");
    }

    private static String after(OptionalLong time, long from) {
        return time.isPresent() ? "+" + (time.getAsLong() - from) + " ms" : "&#8212;";
    }

    private static String css() throws IOException {
        try (var in = HtmlReport.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
