-- A sign-on letter a post features. The letters module owns letters, so the newsroom keeps only its key; a letter
-- that is not public is simply not shown.
alter table posts add column featured_letter_id bigint;
