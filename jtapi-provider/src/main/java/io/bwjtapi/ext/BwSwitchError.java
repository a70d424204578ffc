package io.bwjtapi.ext;

/**
 * The details of a refusal by BroadWorks, available as the {@link Throwable#getCause() cause} of the JTAPI
 * exception a call-control method throws when BroadWorks refused the request.
 * <pre>{@code
 * } catch (InvalidStateException e) {
 *     BwSwitchError error = BwSwitchError.of(e);
 *     if (error != null) log(error.getErrorCode() + " " + error.getSummary());
 * }</pre>
 */
public interface BwSwitchError {
    /**
     * Returns the BroadWorks error code.
     *
     * @return the error code of BroadWorks' {@code ErrorInfo}, or {@code -1} when the request failed without
     *     one (for example a transport failure)
     */
    int getErrorCode();

    /**
     * Returns BroadWorks' English summary of the error, or bwjtapi's description of the failure.
     *
     * @return the summary; never {@code null}
     */
    String getSummary();

    /**
     * Returns the HTTP status BroadWorks answered with.
     *
     * @return the status, or {@code -1} when there was no answer
     */
    int getHttpStatus();

    /**
     * Finds the BroadWorks error details in an exception's chain of causes.
     *
     * @param exception the exception a JTAPI method threw
     * @return the error details, or {@code null} if the exception was not caused by a BroadWorks refusal
     */
    static BwSwitchError of(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof BwSwitchError) {
                return (BwSwitchError) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
