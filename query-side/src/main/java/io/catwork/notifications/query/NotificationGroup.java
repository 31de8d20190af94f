package io.catwork.notifications.query;

/**
 * The processing group of every email. Never replayed ({@code @DisallowReplay} on each handler class), one segment
 * (events in global order, so the group's own directories are always current), dead-letter queue on.
 */
final class NotificationGroup {
    static final String NAME = "notifications";

    private NotificationGroup() {
    }
}
