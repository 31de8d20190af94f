package io.catwork.notifications.query;

import io.catwork.notifications.api.NotificationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    @Query("""
            select n from Notification n
            where n.status = io.catwork.notifications.api.NotificationStatus.PENDING and n.nextAttemptAt <= :now
            order by n.nextAttemptAt, n.createdAt""")
    List<Notification> findDue(@Param("now") Instant now, Pageable limit);

    @Query("select n from Notification n where (:status is null or n.status = :status)")
    Page<Notification> search(@Param("status") NotificationStatus status, Pageable pageable);
}
