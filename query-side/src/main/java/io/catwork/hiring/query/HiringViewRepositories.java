package io.catwork.hiring.query;

import io.catwork.hiring.api.ApplicationStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TestViewRepository extends JpaRepository<TestViewEntity, UUID> {
    List<TestViewEntity> findAllByOrderByCreatedAt();
}

interface VacancyViewRepository extends JpaRepository<VacancyViewEntity, UUID> {
    List<VacancyViewEntity> findAllByOpenTrueOrderByCreatedAt();
}

interface ApplicationViewRepository extends JpaRepository<ApplicationViewEntity, UUID> {
    List<ApplicationViewEntity> findAllByOrderBySubmittedAtDesc();

    List<ApplicationViewEntity> findAllByStatusOrderBySubmittedAtDesc(ApplicationStatus status);
}

interface WorkerViewRepository extends JpaRepository<WorkerViewEntity, UUID> {
    List<WorkerViewEntity> findAllByOrderByHiredAt();
}
