package org.linkwell.sampledata;

/** What a load did: clients created, and clients skipped because their chart number was already there. */
public record LoadResult(int created, int skipped) {
    public int total() {
        return created + skipped;
    }
}
