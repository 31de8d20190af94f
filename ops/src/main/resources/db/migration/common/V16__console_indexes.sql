-- the console's parts of an order's page: the order's reviews and its supply kit
create index review_view_order on review_view (order_id, opened_at);
create index supply_kit_view_order on supply_kit_view (order_id, created_at);
