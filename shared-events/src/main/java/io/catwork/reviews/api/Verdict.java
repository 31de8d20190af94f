package io.catwork.reviews.api;

/** A quality review's finding of whose fault it was, if anyone's. */
public enum Verdict { NO_ISSUES, WORKER_FAULT, CLIENT_FAULT, SUPPLY_FAULT, SYSTEM_FAULT, OTHER }
