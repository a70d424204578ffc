package io.bwjtapi.xsi.action;

import java.util.List;

/** One page of a directory listing, with the paging counters the XSP returned. */
public final class DirectoryPage {
    private final int startIndex;
    private final int numberOfRecords;
    private final int totalAvailableRecords;
    private final List<DirectoryEntry> entries;

    /**
     * Creates a page.
     *
     * @param startIndex the 1-based index of the first entry
     * @param numberOfRecords the entries on this page
     * @param totalAvailableRecords the entries in the whole directory
     * @param entries the entries
     */
    public DirectoryPage(int startIndex, int numberOfRecords, int totalAvailableRecords, List<DirectoryEntry> entries) {
        this.startIndex = startIndex;
        this.numberOfRecords = numberOfRecords;
        this.totalAvailableRecords = totalAvailableRecords;
        this.entries = List.copyOf(entries);
    }

    /** @return the 1-based index of the first entry */
    public int startIndex() {
        return startIndex;
    }

    /** @return the entries on this page, as the XSP counted them */
    public int numberOfRecords() {
        return numberOfRecords;
    }

    /** @return the entries in the whole directory */
    public int totalAvailableRecords() {
        return totalAvailableRecords;
    }

    /** @return the entries */
    public List<DirectoryEntry> entries() {
        return entries;
    }

    /** @return whether entries remain after this page */
    public boolean hasMore() {
        return !entries.isEmpty() && startIndex - 1 + entries.size() < totalAvailableRecords;
    }

    @Override
    public String toString() {
        return "DirectoryPage[" + startIndex + "+" + entries.size() + " of " + totalAvailableRecords + "]";
    }
}
