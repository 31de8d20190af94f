package io.catwork.billing.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClientBalanceRepository extends JpaRepository<ClientBalanceEntity, UUID> {
}

interface ClientChargeRepository extends JpaRepository<ClientChargeEntity, UUID> {

    /** The sum of the client's charges in {@code status}, or null if it has none. */
    @Query("select sum(c.amount) from ClientChargeEntity c where c.clientId = :clientId and c.status = :status")
    BigDecimal sumOf(@Param("clientId") UUID clientId, @Param("status") ClientChargeEntity.Status status);
}

interface ClientInvoiceRepository extends JpaRepository<ClientInvoiceEntity, UUID> {
    List<ClientInvoiceEntity> findAllByClientIdOrderByPeriodStartDesc(UUID clientId);
}

interface WorkerEarningsRepository extends JpaRepository<WorkerEarningsEntity, UUID> {
}

interface WorkerMonthRepository extends JpaRepository<WorkerMonthEntity, WorkerMonthEntity.Key> {
}

interface WorkerInvoiceRepository extends JpaRepository<WorkerInvoiceEntity, UUID> {
    List<WorkerInvoiceEntity> findAllByWorkerIdOrderByPeriodStartDesc(UUID workerId);
}
