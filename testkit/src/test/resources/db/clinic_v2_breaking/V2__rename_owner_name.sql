-- ormkit:accept rename the test needs a breaking change
alter table owner rename column name to full_name;
