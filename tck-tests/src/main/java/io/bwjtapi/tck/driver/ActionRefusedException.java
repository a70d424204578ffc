package io.bwjtapi.tck.driver;

/**
 * The switch refused a scenario action (unknown call, wrong state, deleted party). Scenarios are generated
 * freely, so a refusal is an ordinary outcome: the kit records it in the transcript and goes on.
 */
public class ActionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ActionRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    public ActionRefusedException(String message) {
        super(message);
    }
}
