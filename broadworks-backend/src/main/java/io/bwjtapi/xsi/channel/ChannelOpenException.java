package io.bwjtapi.xsi.channel;

import io.bwjtapi.xsi.XsiEndpoint;
import io.bwjtapi.xsi.XsiException;

/** Fails the future of {@link EventChannelSet#open(XsiEndpoint)}: the channel could not be opened. */
public final class ChannelOpenException extends XsiException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    private final transient ChannelOpenFailure failure;

    /**
     * Creates the exception.
     *
     * @param endpoint the XSP
     * @param failure why the channel could not be opened
     * @param cause the underlying failure, or {@code null}
     */
    public ChannelOpenException(XsiEndpoint endpoint, ChannelOpenFailure failure, Throwable cause) {
        super("cannot open an event channel on " + endpoint + ": " + failure, cause);
        this.failure = failure;
    }

    /** @return why the channel could not be opened */
    public ChannelOpenFailure failure() {
        return failure;
    }
}
