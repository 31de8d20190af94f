package io.catwork.hiring.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TestCreatedEvent(TestId testId, String name, String description, int maxScore, int passScore)
        implements HiringEvent {
}
