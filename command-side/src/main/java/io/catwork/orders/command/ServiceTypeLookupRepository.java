package io.catwork.orders.command;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceTypeLookupRepository extends JpaRepository<ServiceTypeLookupEntry, UUID> {
    Optional<ServiceTypeLookupEntry> findByNameKey(String nameKey);
}
