package io.catwork.common.api;

import java.util.UUID;

/** A typed UUID id. The web layer writes every TypedId as its plain string. */
public interface TypedId {
    UUID value();
}
