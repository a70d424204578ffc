package io.bwjtapi.xsi;

import io.bwjtapi.xsi.internal.Counters;

/** A snapshot of the client's counters since it was created. */
public final class XsiStats {
    private final long documents;
    private final long delivered;
    private final long acksSent;
    private final long ackFailures;
    private final long decodeFailures;
    private final long duplicates;
    private final long gaps;
    private final long unknownSubscriptionEvents;
    private final long consumerErrors;
    private final int deliveryBacklog;

    XsiStats(Counters c, int deliveryBacklog) {
        documents = c.documents.sum();
        delivered = c.delivered.sum();
        acksSent = c.acksSent.sum();
        ackFailures = c.ackFailures.sum();
        decodeFailures = c.decodeFailures.sum();
        duplicates = c.duplicates.sum();
        gaps = c.gaps.sum();
        unknownSubscriptionEvents = c.unknownSubscriptionEvents.sum();
        consumerErrors = c.consumerErrors.sum();
        this.deliveryBacklog = deliveryBacklog;
    }

    /** @return documents received on all channels (events and heartbeats) */
    public long documents() {
        return documents;
    }

    /** @return subscription events handed to the consumer */
    public long delivered() {
        return delivered;
    }

    /** @return events acknowledged */
    public long acksSent() {
        return acksSent;
    }

    /** @return acknowledgements that failed in transport */
    public long ackFailures() {
        return ackFailures;
    }

    /** @return documents dropped as undecodable, oversized or stray */
    public long decodeFailures() {
        return decodeFailures;
    }

    /** @return duplicate events dropped */
    public long duplicates() {
        return duplicates;
    }

    /** @return sequence gaps reported */
    public long gaps() {
        return gaps;
    }

    /** @return events of unknown subscriptions dropped */
    public long unknownSubscriptionEvents() {
        return unknownSubscriptionEvents;
    }

    /** @return exceptions thrown by the event consumer */
    public long consumerErrors() {
        return consumerErrors;
    }

    /** @return events waiting for the consumer right now */
    public int deliveryBacklog() {
        return deliveryBacklog;
    }

    @Override
    public String toString() {
        return "XsiStats[documents=" + documents + ", delivered=" + delivered + ", acks=" + acksSent + ", ackFailures="
                + ackFailures + ", decodeFailures=" + decodeFailures + ", duplicates=" + duplicates + ", gaps=" + gaps
                + ", unknownSubscriptionEvents=" + unknownSubscriptionEvents + ", consumerErrors=" + consumerErrors
                + ", backlog=" + deliveryBacklog + "]";
    }
}
