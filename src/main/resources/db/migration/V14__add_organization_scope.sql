-- How far an organisation's work reaches: INTERNATIONAL, NATIONAL, REGIONAL or LOCAL; null when not known.
alter table organizations add column scope varchar(20);
