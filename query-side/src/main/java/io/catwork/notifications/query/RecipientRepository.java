package io.catwork.notifications.query;

import io.catwork.common.api.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecipientRepository extends JpaRepository<Recipient, UUID> {
    List<Recipient> findAllByRole(Role role);
}
