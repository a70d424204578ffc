package io.bwjtapi.demo.record;

/**
 * One event the application saw.
 *
 * @param at milliseconds since the demo started
 * @param kind what the event is about
 * @param subject the provider, the address or terminal name, or the call's name ({@code call-7})
 * @param name the event's JTAPI name, e.g. {@code ConnConnectedEv} or {@code BwAddrOutOfServiceEv}
 * @param cause the cause's name, e.g. {@code NORMAL}, {@code SNAPSHOT}, {@code CONNECTION_LOST}
 * @param snapshot whether the event is part of a snapshot ({@code META_SNAPSHOT})
 * @param party for connection events the address, for terminal connection events the terminal; else {@code null}
 */
public record Seen(long at, Kind kind, String subject, String name, String cause, boolean snapshot, String party) {
    /** What an event is about. */
    public enum Kind { PROVIDER, ADDRESS, TERMINAL, CALL }

    /** @param event an event name @return whether this is that event */
    public boolean is(String event) {
        return name.equals(event);
    }
}
