package io.catwork.orders.api;

import java.util.UUID;

public record ServiceTypeView(UUID id, String name, String description, int durationMinutes, boolean active) {
}
