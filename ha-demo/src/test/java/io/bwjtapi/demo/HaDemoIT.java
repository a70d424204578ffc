package io.bwjtapi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.SimulatorConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The demo as a new user runs it (quick pace): it exits 0, its timeline shows each injected fault and what the
 * application saw, and its report shows each fault in the table and on an SVG timeline per address and for the
 * provider, which headless Chromium renders (when it is installed).
 */
class HaDemoIT {
    static final Path REPORT = Path.of("target", "ha-demo-it-report");
    static final int USERS = 8;
    static String console;
    static int status;

    @BeforeAll
    static void runTheDemo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoOptions options = DemoOptions.parse(new String[] {"--quick", "--users", String.valueOf(USERS),
            "--report", REPORT.toString()}, REPORT);
        status = HaDemo.run(options, new PrintStream(out, true, StandardCharsets.UTF_8));
        console = out.toString(StandardCharsets.UTF_8);
        System.out.println(console);
    }

    @Test
    void exitsZeroAndPrintsTheTimelineOfEachFault() {
        assertEquals(0, status, console);
        for (String expected : List.of("FAULT   XSP 1 killed", "provider stayed IN_SERVICE: the event channel on the other XSP carried on",
                "FAULT   every XSP killed", "provider OUT_OF_SERVICE (" + USERS + " addresses out of service)",
                "the provider detected the loss (its own timeline, read from JMX)",
                "REPAIR  BroadWorks reachable again", "provider IN_SERVICE", "last address back IN_SERVICE",
                "FAULT   silent partition of both XSPs", "FAULT   primary Application Server crash",
                "provider stayed IN_SERVICE", "stuck calls cleared", "the application's calls match the switch's",
                "Every fault went as the failover contract promises.", "Report: ")) {
            assertTrue(console.contains(expected), "the console shows '" + expected + "'");
        }
        assertEquals(4, count(console, "failover contract kept"), console);
    }

    @Test
    void theReportShowsEachFaultWithATimelinePerAddressAndForTheProvider() throws Exception {
        Path page = REPORT.resolve("index.html");
        String html = Files.readString(page);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        Document dom = xml.newDocumentBuilder().parse(page.toFile());
        NodeList svgs = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertEquals(USERS + 1, svgs.getLength(), "one SVG for the provider and one per address");
        assertEquals("provider timeline", svgs.item(0).getAttributes().getNamedItem("aria-label").getNodeValue());
        for (int i = 1; i <= USERS; i++) {
            String label = svgs.item(i).getAttributes().getNamedItem("aria-label").getNodeValue();
            assertEquals("address " + (1000 + i) + " timeline", label);
        }
        for (String fault : List.of("XSP 1 killed", "every XSP killed", "silent partition of both XSPs",
                "primary Application Server crash")) {
            assertTrue(html.contains("<tr><td>" + fault + "</td>"), "the table has a row for " + fault);
            assertTrue(html.contains("<title>" + fault + "</title>"), "the timelines shade " + fault);
        }
        assertEquals(4, count(html, "<td class=\"ok\">kept</td>"));
        assertTrue(html.contains("class=\"state-out-of-service\""), "out-of-service periods are drawn");
        assertTrue(html.contains("class=\"snapshot\""), "snapshots are drawn");
        assertTrue(html.contains("class=\"ended\""), "ended observations are drawn");
        assertTrue(html.contains("passwd=******") && !html.contains("passwd=secret"), "the password is masked");
        assertTrue(html.contains("MBean io.bwjtapi:type=Provider,name=") && html.contains("Failovers: 2"),
                "the provider as JMX shows it");
        assertTrue(Files.size(REPORT.resolve("events.log")) > 0 && Files.size(REPORT.resolve("bwjtapi.log")) > 0);
    }

    @Test
    void headlessChromiumRendersTheFailuresInColour() throws Exception {
        Path png = ReportRendering.screenshot(REPORT.resolve("index.html"), REPORT.resolve("index.png"));
        ReportRendering.Colours colours = ReportRendering.colours(png);
        assertTrue(colours.red() > 500, "out-of-service periods are visible: " + colours);
        assertTrue(colours.green() > 5_000, "in-service periods are visible: " + colours);
        assertTrue(colours.blue() > 1_000, "calls are visible: " + colours);
    }

    @Test
    void watchesARealXspWithoutInjectingFaults() throws Exception {
        try (BroadWorksSimulator xsp = BroadWorksSimulator.start(SimulatorConfig.builder().xspCount(1).users(3)
                .build())) {
            URI uri = xsp.xspBaseUri(0);
            String providerString = uri.getHost() + ":" + uri.getPort() + ";login=" + SimulatorConfig.DEFAULT_ADMIN_LOGIN
                    + ";passwd=" + SimulatorConfig.DEFAULT_PASSWORD + ";tls=false;directoryUser="
                    + xsp.users().get(0).userId();
            Path report = Path.of("target", "ha-demo-it-real");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DemoOptions options = DemoOptions.parse(new String[] {"--provider", providerString, "--seconds", "2",
                "--report", report.toString()}, report);
            Thread caller = new Thread(() -> xsp.dial(xsp.users().get(1).userId(), xsp.users().get(2).extension()));
            caller.start();
            int exit = HaDemo.run(options, new PrintStream(out, true, StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, exit, text);
            assertTrue(text.contains("a real BroadWorks, watched for 2 s (no faults injected)"), text);
            assertTrue(text.contains("passwd=******"), text);
            String html = Files.readString(report.resolve("index.html"));
            assertTrue(!html.contains("Faults and what the application saw"), "nothing was injected");
            assertEquals(4, count(html, "<svg "), "the provider and three addresses");
        }
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
