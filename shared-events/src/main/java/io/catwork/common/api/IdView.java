package io.catwork.common.api;

import java.util.UUID;

/** The answer to a command that created something: {@code {"id": "..."}}. */
public record IdView(UUID id) {
}
