package io.catwork.supplies.command;

import java.time.Instant;

/** Orders a cookie from the supplier; the HTTP client or, with no base URL, the sandbox. */
interface SupplierGateway {

    Result order(CookieOrderRequest request);

    record CookieOrderRequest(String orderId, Instant deliverBy, String name, String email, String phone,
                              String address) {
    }

    sealed interface Result permits Accepted, RetryLater, Refused {
    }

    /** 201, or 409 for a replayed Idempotency-Key. */
    record Accepted(String supplierOrderId, Instant eta) implements Result {
    }

    /** 5xx, a timeout, an unreadable answer: worth another try. */
    record RetryLater(String reason) implements Result {
    }

    /** Any other 4xx: a permanent failure. */
    record Refused(String reason) implements Result {
    }
}
