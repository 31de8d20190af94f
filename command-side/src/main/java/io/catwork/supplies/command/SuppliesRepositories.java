package io.catwork.supplies.command;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplyClientRepository extends JpaRepository<SuppliesLookupEntries.Client, UUID> {
}

interface CookieOrderRepository extends JpaRepository<SuppliesLookupEntries.CookieOrder, UUID> {
}

interface SupplierWebhookEventRepository extends JpaRepository<SuppliesLookupEntries.WebhookEvent, String> {
}
