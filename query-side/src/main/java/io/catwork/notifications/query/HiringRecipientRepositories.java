package io.catwork.notifications.query;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantRepository extends JpaRepository<HiringRecipients.Applicant, UUID> {
}

interface NotificationTestRepository extends JpaRepository<HiringRecipients.Test, UUID> {
}
