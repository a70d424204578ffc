package io.bwjtapi.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.benchmarks.Report;
import io.bwjtapi.benchmarks.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's own logic: targets, result lines, options, rows and the table. */
class SuiteLogicTest {

    @Test
    void targetsCompareAsTheIssuesStateThem() {
        assertTrue(Target.atLeast(50_000).metBy(50_000));
        assertFalse(Target.atLeast(50_000).metBy(49_999.9));
        assertTrue(Target.atMost(4).metBy(4));
        assertFalse(Target.below(5).metBy(5));
        assertEquals(">= 100,000", Target.atLeast(100_000).describe());
        assertEquals("< 5", Target.below(5).describe());
    }

    @Test
    void resultLinesRoundTripAndOtherLinesAreIgnored() {
        Result result = Report.parse(Report.PREFIX + "{\"id\":\"latency.p99\",\"value\":3.25,\"size\":0,"
                + "\"detail\":\"d\"}").orElseThrow();
        assertEquals(new Result("latency.p99", 3.25, 0, "d"), result);
        assertTrue(Report.parse("latency.p99 3.25").isEmpty());
        assertTrue(Report.parse(Report.PREFIX + "{not json").isEmpty());
    }

    @Test
    void optionsSelectGroupsAndScaleSizesAndPeriods() {
        SuiteOptions options = SuiteOptions.parse("--only", "jtapi,footprint", "--scale", "0.1", "--time", "0.5");
        assertEquals(List.of("jtapi", "footprint"), options.groups());
        assertEquals(1_000, options.size(10_000));
        assertEquals(10, options.size(50), "sizes never drop below 10");
        assertEquals("3.00", options.secondsArg(6));
        assertFalse(SuiteOptions.parse("--skip", "ha").groups().contains("ha"));
        assertThrows(IllegalArgumentException.class, () -> SuiteOptions.parse("--only", "nope"));
        assertThrows(IllegalArgumentException.class, () -> SuiteOptions.parse("--scale", "0"));
        assertThrows(IllegalArgumentException.class, () -> SuiteOptions.parse("--fast"));
    }

    @Test
    void rowsJudgeResultsAndShowWhatIsMissing() {
        SuiteOptions options = SuiteOptions.parse("--only", "jtapi,footprint", "--scale", "0.1");
        List<Row> rows = Row.of(options, List.of(new Result("jtapi.dispatch-observers", 60_000, 0, ""),
                new Result("startup.large", 12.5, 1_000, ""), new Result("extra.number", 1, 0, "")));
        assertEquals(Verdict.PASS, verdict(rows, "jtapi.dispatch-observers"));
        assertEquals(Verdict.MISSING, verdict(rows, "jtapi.dispatch-listeners"));
        assertEquals(Verdict.FAIL, verdict(rows, "startup.large"));
        assertEquals(Verdict.INFO, verdict(rows, "extra.number"));
        assertEquals("provider start-up, 100 addresses", row(rows, "startup.small").title(),
                "a missing sized measure shows the size it was to be measured at");

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ResultTable.print(rows, new PrintStream(text, true, StandardCharsets.UTF_8));
        String table = text.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("provider start-up, 1,000 addresses"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("JTAPI events delivered to observers")
                && l.contains("60,000") && l.contains(">= 50,000") && l.endsWith("PASS")), table);
    }

    @Test
    void logRecordsAndTheirStackTracesStayOffTheConsole() {
        LogFilter filter = new LogFilter();
        assertTrue(filter.console("xsi decode: 200,000 events per CPU second"));
        assertFalse(filter.console("[bwjtapi-xsi-io-4-1] WARN io.netty.util.concurrent.DefaultPromise - thrown"));
        assertFalse(filter.console("java.lang.NullPointerException: Cannot invoke \"x\""));
        assertFalse(filter.console("\tat io.bwjtapi.xsi.internal.http.XsiHttpClient.exchange(XsiHttpClient.java:103)"));
        assertFalse(filter.console("1234 [main] ERROR io.bwjtapi.Thing - failed"));
        assertTrue(filter.console("recovery, 1000 addresses: 0.9 s"));
        assertEquals("2 log records (1 ERROR, 1 WARN)", filter.summary());
    }

    @Test
    void numbersKeepTellingDigitsOnly() {
        assertEquals("1,234,568", Numbers.format(1_234_567.8));
        assertEquals("12.3", Numbers.format(12.34));
        assertEquals("0.76", Numbers.format(0.756));
    }

    private static Row row(List<Row> rows, String id) {
        return rows.stream().filter(r -> r.measure().id().equals(id)).findFirst().orElseThrow();
    }

    private static Verdict verdict(List<Row> rows, String id) {
        return row(rows, id).verdict();
    }
}
