package io.catwork.orders.api;

/** NEW → SUPPLIES_READY → ASSIGNED → IN_PROGRESS → COMPLETED; or FAILED, or CANCELLED. */
public enum OrderStatus {
    NEW, SUPPLIES_READY, ASSIGNED, IN_PROGRESS, COMPLETED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** Before the worker checks in: the client may still cancel. */
    public boolean isBeforeCheckIn() {
        return this == NEW || this == SUPPLIES_READY || this == ASSIGNED;
    }
}
