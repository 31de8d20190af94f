package io.catwork.hiring.api;

/** Every event of the hiring module. */
public sealed interface HiringEvent permits TestCreatedEvent, VacancyOpenedEvent, VacancyUpdatedEvent,
        ApplicationEvent {
}
