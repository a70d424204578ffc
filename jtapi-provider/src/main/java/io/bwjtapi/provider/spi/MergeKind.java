package io.bwjtapi.provider.spi;

/** What kind of operation joined calls together in a {@link CallMerge}. */
public enum MergeKind {
    /** A transfer: the transferring party leaves and the others are joined in one call. */
    TRANSFER,
    /** A conference: the participants of both calls are joined in one call. */
    CONFERENCE
}
