package io.catwork.hiring.query;

import io.catwork.hiring.api.HiringViews.TestView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "test_view")
class TestViewEntity {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    private String description;
    @Column(name = "max_score", nullable = false)
    private int maxScore;
    @Column(name = "pass_score", nullable = false)
    private int passScore;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TestViewEntity() {
    }

    TestViewEntity(UUID id, String name, String description, int maxScore, int passScore, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.maxScore = maxScore;
        this.passScore = passScore;
        this.createdAt = createdAt;
    }

    TestView toView() {
        return new TestView(id, name, description, maxScore, passScore);
    }
}
