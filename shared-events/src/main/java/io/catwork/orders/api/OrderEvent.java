package io.catwork.orders.api;

/** Every event of an order; projections switch over it exhaustively. */
public sealed interface OrderEvent permits OrderPlacedEvent, OrderCancelledEvent, OrderSuppliesReadyEvent,
        WorkerAssignedEvent, NoWorkerAvailableEvent, OrderStartedEvent, OrderCompletedEvent, OrderFailedEvent,
        WorkerFinedEvent, OrderReorderedEvent, ReportMissingEvent {
    OrderId orderId();
}
