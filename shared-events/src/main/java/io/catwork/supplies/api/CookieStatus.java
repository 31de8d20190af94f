package io.catwork.supplies.api;

public enum CookieStatus { REQUESTED, CONFIRMED, DELIVERED, FAILED }
