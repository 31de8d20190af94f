package io.catwork.hiring.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ApplicationRejectedEvent(ApplicationId applicationId, String reason, Instant rejectedAt)
        implements ApplicationEvent {
}
