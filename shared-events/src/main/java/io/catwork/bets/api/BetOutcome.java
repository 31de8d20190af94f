package io.catwork.bets.api;

/** What a bet is on: the order's final status. */
public enum BetOutcome { COMPLETED, FAILED }
