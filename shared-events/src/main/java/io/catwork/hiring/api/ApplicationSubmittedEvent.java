package io.catwork.hiring.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** {@code vacancyId} is null for an open application. */
@Revision("1")
public record ApplicationSubmittedEvent(ApplicationId applicationId, VacancyId vacancyId, String name, String email,
                                        String phone, Characteristics characteristics, String about,
                                        Instant submittedAt) implements ApplicationEvent {
}
