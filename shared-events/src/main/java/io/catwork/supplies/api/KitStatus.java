package io.catwork.supplies.api;

/** ASSEMBLING until packed with its cookie (READY); COOKIE_ORDER_FAILED when the supplier could not take the order. */
public enum KitStatus { ASSEMBLING, READY, COOKIE_ORDER_FAILED }
