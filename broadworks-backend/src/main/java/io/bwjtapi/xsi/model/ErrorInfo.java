package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.Optional;

/** The body BroadWorks returns with an Xsi error status (XSD {@code ErrorInfo}). */
public final class ErrorInfo {
    private final String summary;
    private final String summaryEnglish;
    private final int errorCode;

    /**
     * Creates error information.
     *
     * @param summary the localized summary, or {@code null}
     * @param summaryEnglish the English summary
     * @param errorCode the BroadWorks error code, e.g. 8251
     */
    public ErrorInfo(String summary, String summaryEnglish, int errorCode) {
        this.summary = summary;
        this.summaryEnglish = Objects.requireNonNull(summaryEnglish, "summaryEnglish");
        this.errorCode = errorCode;
    }

    /** @return the localized summary */
    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    /** @return the English summary */
    public String summaryEnglish() {
        return summaryEnglish;
    }

    /** @return the BroadWorks error code */
    public int errorCode() {
        return errorCode;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ErrorInfo)) {
            return false;
        }
        ErrorInfo other = (ErrorInfo) o;
        return errorCode == other.errorCode && Objects.equals(summary, other.summary)
                && summaryEnglish.equals(other.summaryEnglish);
    }

    @Override
    public int hashCode() {
        return Objects.hash(summary, summaryEnglish, errorCode);
    }

    @Override
    public String toString() {
        return "ErrorInfo[" + errorCode + ": " + summaryEnglish + "]";
    }
}
