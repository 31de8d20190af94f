-- The order view had a JPA version: a count of the transactions that wrote each row, which a replay (writing many
-- events of an order in one transaction) cannot reproduce. One sequenced segment writes an order's row, and a node
-- that lost the segment cannot commit (its token claim is checked in the same transaction), so it guarded nothing.
alter table order_view drop column version;
