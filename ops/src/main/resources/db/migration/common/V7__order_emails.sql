-- The order emails also tell the worker where to go and what to do.
alter table notification_order add column address varchar(500);
alter table notification_order add column description varchar(4000);
