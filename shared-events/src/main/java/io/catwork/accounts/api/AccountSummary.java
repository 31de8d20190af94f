package io.catwork.accounts.api;

import io.catwork.common.api.Role;
import java.util.UUID;

/** Who an account is, for pages that name people: {@code workerCode} only for workers. */
public record AccountSummary(UUID id, Role role, String name, String email, String workerCode) {
}
