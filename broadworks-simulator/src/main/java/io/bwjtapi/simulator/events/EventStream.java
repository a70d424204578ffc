package io.bwjtapi.simulator.events;

/**
 * The streaming HTTP response of one event channel, as the transport offers it to the switch. Each written
 * document goes out as exactly one chunk. Implementations are thread-safe.
 */
public interface EventStream {

    /** Index of the XSP that holds the connection. */
    int xspIndex();

    /** Writes one document as one chunk; returns {@code false} when the connection is gone. */
    boolean write(String document);

    /** Whether the reader has left more unsent bytes than allowed (a slow or dead reader). */
    boolean congested();

    /** Ends the chunked response and closes the connection. */
    void close();

    /** Drops the connection at once, without ending the response (what a lost reader gets). */
    void abort();
}
