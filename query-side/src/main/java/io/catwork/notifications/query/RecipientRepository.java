package io.catwork.notifications.query;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecipientRepository extends JpaRepository<Recipient, UUID> {
}
