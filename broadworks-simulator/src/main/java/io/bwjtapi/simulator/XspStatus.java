package io.bwjtapi.simulator;

/**
 * The state of one XSP.
 *
 * @param index its index
 * @param port its port (kept across kill and restore)
 * @param running whether it accepts connections (false after a kill)
 * @param partitioned whether it is silently cut off
 */
public record XspStatus(int index, int port, boolean running, boolean partitioned) {
}
