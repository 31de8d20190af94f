package io.catwork.supplies.query;

import io.catwork.supplies.api.KitStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplyKitViewRepository extends JpaRepository<SupplyKitViewEntity, UUID> {
    List<SupplyKitViewEntity> findAllByOrderByDeliverBy();

    List<SupplyKitViewEntity> findAllByStatusOrderByDeliverBy(KitStatus status);

    Optional<SupplyKitViewEntity> findFirstByOrderIdOrderByCreatedAt(UUID orderId);
}
