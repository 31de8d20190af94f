package io.catwork.reviews.api;

/** Why a quality review opened. */
public enum ReviewTrigger { ORDER_FAILED, ORDER_CANCELLED, REPORT_MISSING, MANUAL }
