package io.catwork.hiring.api;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record VacancyOpenedEvent(VacancyId vacancyId, String title, String description, List<TestId> testIds)
        implements HiringEvent {
}
