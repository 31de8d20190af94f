package io.catwork.billing.api;

public enum WorkerInvoiceStatus { PAYOUT_PENDING, PAID, PAYOUT_FAILED, NOTHING_TO_PAY }
