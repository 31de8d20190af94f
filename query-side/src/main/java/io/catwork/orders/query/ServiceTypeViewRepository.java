package io.catwork.orders.query;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceTypeViewRepository extends JpaRepository<ServiceTypeViewEntity, UUID> {
    List<ServiceTypeViewEntity> findAllByOrderByName();

    List<ServiceTypeViewEntity> findAllByActiveOrderByName(boolean active);
}
