package io.bwjtapi.xsi.internal;

import java.util.concurrent.atomic.LongAdder;

/** The client's running counters, incremented on backend threads and read through {@code XsiStats}. */
public final class Counters {
    /** Documents received on all channels (events and heartbeats). */
    public final LongAdder documents = new LongAdder();
    /** Subscription events handed to the consumer. */
    public final LongAdder delivered = new LongAdder();
    /** Events acknowledged (any status). */
    public final LongAdder acksSent = new LongAdder();
    /** Acknowledgements that failed in transport. */
    public final LongAdder ackFailures = new LongAdder();
    /** Documents that did not decode, were oversized, or stray text. */
    public final LongAdder decodeFailures = new LongAdder();
    /** Duplicate events dropped. */
    public final LongAdder duplicates = new LongAdder();
    /** Sequence gaps reported. */
    public final LongAdder gaps = new LongAdder();
    /** Events of unknown subscriptions dropped. */
    public final LongAdder unknownSubscriptionEvents = new LongAdder();
    /** Exceptions thrown by the event consumer. */
    public final LongAdder consumerErrors = new LongAdder();
}
