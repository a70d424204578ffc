package io.bwjtapi.samples.monitor;

import java.io.PrintStream;
import javax.telephony.Event;
import javax.telephony.events.Ev;

/**
 * Where the monitor sends what it sees: each event with the line that describes it. Called on the provider's
 * delivery threads, in order per observer or listener.
 */
public interface MonitorOutput {
    /**
     * @param line the event as text
     * @param ev the observer event
     */
    void observed(String line, Ev ev);

    /**
     * @param line the event as text
     * @param event the listener event
     */
    void listened(String line, Event event);

    /**
     * @param out the stream to print to
     * @return an output that prints every line, listener lines marked with {@code [L]}
     */
    static MonitorOutput printingTo(PrintStream out) {
        return new MonitorOutput() {
            @Override
            public void observed(String line, Ev ev) {
                out.println(line);
            }

            @Override
            public void listened(String line, Event event) {
                out.println("[L] " + line);
            }
        };
    }
}
