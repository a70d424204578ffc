package io.bwjtapi.xsi.model;

import java.util.Objects;
import java.util.OptionalInt;

/** Call-center context of a call delivered by a call center (XSD {@code ACDCallInfo}). */
public final class AcdCallInfo {
    private final String acdUserId;
    private final String acdName;
    private final XsiAddress acdNumber;
    private final int numCallsInQueue;
    private final int waitTime;
    private final Integer longestWaitTime;
    private final PartyInfo callingParty;

    /**
     * Creates call-center context.
     *
     * @param acdUserId the call center's user id
     * @param acdName the call center's name
     * @param acdNumber the call center's number
     * @param numCallsInQueue calls waiting in the queue
     * @param waitTime seconds this call waited
     * @param longestWaitTime seconds the longest call waited, or {@code null}
     * @param callingParty the original caller
     */
    public AcdCallInfo(String acdUserId, String acdName, XsiAddress acdNumber, int numCallsInQueue, int waitTime,
            Integer longestWaitTime, PartyInfo callingParty) {
        this.acdUserId = acdUserId;
        this.acdName = acdName;
        this.acdNumber = acdNumber;
        this.numCallsInQueue = numCallsInQueue;
        this.waitTime = waitTime;
        this.longestWaitTime = longestWaitTime;
        this.callingParty = callingParty == null ? PartyInfo.EMPTY : callingParty;
    }

    /** @return the call center's user id */
    public String acdUserId() {
        return acdUserId;
    }

    /** @return the call center's name */
    public String acdName() {
        return acdName;
    }

    /** @return the call center's number */
    public XsiAddress acdNumber() {
        return acdNumber;
    }

    /** @return the number of calls in the queue */
    public int numCallsInQueue() {
        return numCallsInQueue;
    }

    /** @return how long this call waited, in seconds */
    public int waitTime() {
        return waitTime;
    }

    /** @return how long the longest waiting call waited, in seconds */
    public OptionalInt longestWaitTime() {
        return longestWaitTime == null ? OptionalInt.empty() : OptionalInt.of(longestWaitTime);
    }

    /** @return the original calling party */
    public PartyInfo callingParty() {
        return callingParty;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AcdCallInfo)) {
            return false;
        }
        AcdCallInfo other = (AcdCallInfo) o;
        return numCallsInQueue == other.numCallsInQueue && waitTime == other.waitTime
                && Objects.equals(acdUserId, other.acdUserId) && Objects.equals(acdName, other.acdName)
                && Objects.equals(acdNumber, other.acdNumber) && Objects.equals(longestWaitTime, other.longestWaitTime)
                && callingParty.equals(other.callingParty);
    }

    @Override
    public int hashCode() {
        return Objects.hash(acdUserId, acdName, acdNumber, numCallsInQueue, waitTime, longestWaitTime, callingParty);
    }

    @Override
    public String toString() {
        return "AcdCallInfo[" + acdUserId + ", name=" + acdName + ", number=" + acdNumber + ", inQueue="
                + numCallsInQueue + ", wait=" + waitTime + ", caller=" + callingParty + "]";
    }
}
