package io.catwork.hiring.query;

import io.catwork.hiring.api.HiringViews.VacancyView;
import io.catwork.hiring.api.TestId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@Entity
@Table(name = "vacancy_view")
class VacancyViewEntity {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String title;
    private String description;
    @Column(name = "test_ids", nullable = false)
    private String testIds;
    @Column(nullable = false)
    private boolean open;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VacancyViewEntity() {
    }

    VacancyViewEntity(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    void update(String title, String description, List<TestId> tests, boolean open) {
        this.title = title;
        this.description = description;
        this.testIds = tests.stream().map(TestId::toString).collect(Collectors.joining(","));
        this.open = open;
    }

    VacancyView toView() {
        List<UUID> tests = testIds.isEmpty() ? List.of()
                : Arrays.stream(testIds.split(",")).map(UUID::fromString).toList();
        return new VacancyView(id, title, description, tests, open);
    }
}
