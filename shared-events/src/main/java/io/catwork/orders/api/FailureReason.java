package io.catwork.orders.api;

/** Why an order failed at its check-in deadline (DOMAIN.md §2). */
public enum FailureReason { NO_CHECK_IN, SUPPLIES_NOT_READY, NO_WORKER_AVAILABLE }
