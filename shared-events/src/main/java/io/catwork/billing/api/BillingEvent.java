package io.catwork.billing.api;

import io.catwork.common.api.AccountId;

/**
 * An event of billing. Every one names the account it is about ({@code accountId}): the billing views are sequenced
 * by it, so an invoice's payout is never applied before the invoice.
 */
public interface BillingEvent {
    AccountId accountId();
}
