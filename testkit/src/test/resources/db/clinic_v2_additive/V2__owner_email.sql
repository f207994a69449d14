-- Expand: a nullable column; the previous release ignores it.
alter table owner add column email text;
