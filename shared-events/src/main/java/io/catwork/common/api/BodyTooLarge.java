package io.catwork.common.api;

import java.io.IOException;

/** A request body went past its endpoint's limit while it was being read: answered 413. */
public class BodyTooLarge extends IOException {
    public BodyTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
