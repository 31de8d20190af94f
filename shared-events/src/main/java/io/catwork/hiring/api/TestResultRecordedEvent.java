package io.catwork.hiring.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TestResultRecordedEvent(ApplicationId applicationId, TestId testId, int score, boolean passed,
                                      String comment) implements ApplicationEvent {
}
