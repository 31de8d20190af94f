-- the console's part of an order's page lists the order's reviews
create index review_view_order on review_view (order_id, opened_at);
