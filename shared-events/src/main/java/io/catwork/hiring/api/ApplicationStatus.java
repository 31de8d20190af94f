package io.catwork.hiring.api;

/** SUBMITTED → CONTACTED → TESTING → HIRED or REJECTED. */
public enum ApplicationStatus {
    SUBMITTED, CONTACTED, TESTING, HIRED, REJECTED;

    public boolean isDecided() {
        return this == HIRED || this == REJECTED;
    }
}
