package io.catwork.billing.command;

/** Golden Hat's payouts: the HTTP client or, with no base URL, the sandbox. */
interface GoldenHatGateway {

    /** {@code POST /v1/payouts} with the request's Idempotency-Key. */
    Result pay(PayoutRequest request);

    /** {@code GET /v1/payouts/{payoutId}}. */
    Result status(String payoutId);

    record PayoutRequest(String invoiceId, String idempotencyKey, String recipient, String amount) {
    }

    sealed interface Result permits Answered, RetryLater, Refused {
    }

    /** 201, a 409 replay or a status read: {@code status} is PENDING, SUCCEEDED or FAILED. */
    record Answered(String payoutId, String status, String failureReason) implements Result {
    }

    /** 5xx, a timeout, an unreadable answer: the same request again later. */
    record RetryLater(String reason) implements Result {
    }

    /** Any other 4xx: a definitive failure. */
    record Refused(String reason) implements Result {
    }
}
