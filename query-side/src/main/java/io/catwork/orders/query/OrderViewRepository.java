package io.catwork.orders.query;

import io.catwork.orders.api.OrderStatus;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderViewRepository extends JpaRepository<OrderViewEntity, UUID> {

    /** Orders filtered by client, worker and status; a null argument does not filter. */
    @Query("""
            select o from OrderViewEntity o
            where (:clientId is null or o.clientId = :clientId)
              and (:workerId is null or o.workerId = :workerId)
              and (:status is null or o.status = :status)""")
    Page<OrderViewEntity> search(@Param("clientId") UUID clientId, @Param("workerId") UUID workerId,
                                 @Param("status") OrderStatus status, Pageable pageable);

    /**
     * Orders with one of these ids, or whose client or worker has one of them, filtered as {@link #search} filters
     * (a null argument does not filter).
     */
    @Query("""
            select o from OrderViewEntity o
            where (o.id in :ids or o.clientId in :ids or o.workerId in :ids)
              and (:clientId is null or o.clientId = :clientId)
              and (:workerId is null or o.workerId = :workerId)
              and (:status is null or o.status = :status)""")
    Page<OrderViewEntity> searchByIds(@Param("ids") Collection<UUID> ids, @Param("clientId") UUID clientId,
                                      @Param("workerId") UUID workerId, @Param("status") OrderStatus status,
                                      Pageable pageable);
}
