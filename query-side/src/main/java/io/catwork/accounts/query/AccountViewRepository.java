package io.catwork.accounts.query;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountViewRepository extends JpaRepository<AccountViewEntity, UUID> {
}
