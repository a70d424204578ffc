package io.bwjtapi.tck.driver;

/**
 * The environment itself could not carry out a scenario step (for example a restarted server could not get its
 * port back). Not the implementation's fault: the kit discards the scenario instead of judging it.
 */
public class EnvironmentFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EnvironmentFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
