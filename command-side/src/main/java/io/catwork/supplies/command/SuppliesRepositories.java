package io.catwork.supplies.command;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupplyClientRepository extends JpaRepository<SuppliesLookupEntries.Client, UUID> {
}

interface CookieOrderRepository extends JpaRepository<SuppliesLookupEntries.CookieOrder, UUID> {
}

interface SupplierWebhookEventRepository extends JpaRepository<SuppliesLookupEntries.WebhookEvent, String> {

    /**
     * Records a webhook event id unless it is recorded already; 1 when this call took it. Two identical deliveries at
     * the same moment: the second waits for the first's commit and takes nothing.
     */
    @Modifying
    @Query(value = "insert into supplier_webhook_event (event_id, received_at) values (:eventId, :at) "
            + "on conflict do nothing", nativeQuery = true)
    int takeIfNew(@Param("eventId") String eventId, @Param("at") Instant at);
}
