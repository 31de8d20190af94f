package io.catwork.hiring.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Only the tests newly assigned by this step. */
@Revision("1")
public record TestsAssignedEvent(ApplicationId applicationId, List<TestId> testIds) implements ApplicationEvent {
}
