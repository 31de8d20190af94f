package io.catwork.billing.command;

import io.catwork.common.api.AccountId;

/**
 * The event stream identifiers of the billing accounts. An account's own aggregate (accounts module) already owns the
 * stream named by the bare account id, and Axon keys a stream by identifier alone, so a client's and a worker's
 * billing accounts take prefixed identifiers of their own.
 */
final class BillingAccountIds {
    private BillingAccountIds() {
    }

    static String client(AccountId account) {
        return "client-billing-" + account;
    }

    static String worker(AccountId account) {
        return "worker-billing-" + account;
    }
}
