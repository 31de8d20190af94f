package io.catwork.hiring.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The full new state of a vacancy. */
@Revision("1")
public record VacancyUpdatedEvent(VacancyId vacancyId, String title, String description, List<TestId> testIds,
                                  boolean open) implements HiringEvent {
}
