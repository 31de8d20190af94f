package io.catwork.hiring.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ContactRecordedEvent(ApplicationId applicationId, String note, Instant contactedAt)
        implements ApplicationEvent {
}
