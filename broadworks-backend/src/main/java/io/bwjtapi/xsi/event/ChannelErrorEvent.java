package io.bwjtapi.xsi.event;

import java.util.Objects;

/**
 * The XSP complains that the client wrote something other than an EventResponse or heartbeat onto the
 * streaming connection (XSD {@code ErrorEvent}).
 */
public final class ChannelErrorEvent extends XsiEvent {
    private final int errorCode;
    private final String errorMessage;

    /**
     * Creates the event.
     *
     * @param errorCode the XSP's error code
     * @param errorMessage the XSP's message
     */
    public ChannelErrorEvent(int errorCode, String errorMessage) {
        this.errorCode = errorCode;
        this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage");
    }

    /** @return the XSP's error code */
    public int errorCode() {
        return errorCode;
    }

    /** @return the XSP's message */
    public String errorMessage() {
        return errorMessage;
    }

    @Override
    public String typeName() {
        return "ErrorEvent";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ChannelErrorEvent)) {
            return false;
        }
        ChannelErrorEvent other = (ChannelErrorEvent) o;
        return errorCode == other.errorCode && errorMessage.equals(other.errorMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(errorCode, errorMessage);
    }

    @Override
    public String toString() {
        return "ChannelErrorEvent[" + errorCode + ": " + errorMessage + "]";
    }
}
