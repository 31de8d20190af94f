package io.catwork.accounts.api;

import io.catwork.common.api.Role;
import java.util.UUID;

/** The caller's own account. {@code workerCode} only for workers. */
public record MeView(UUID id, Role role, String name, String email, String workerCode) {
}
