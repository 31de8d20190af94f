package io.catwork.notifications.api;

/** PENDING until the mail server accepts it (SENT), or FAILED after the last attempt. */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
