-- Text people type is limited in characters (Unicode code points) by the application. PostgreSQL counts a
-- column's length in code points, H2 in UTF-16 units (an emoji is two), so every column holding such text is
-- twice as wide as its limit: the same text fits on both databases. Keys derived from text are cut to their
-- column by the application.
alter table posts alter column title set data type varchar(400);
alter table posts alter column subtitle set data type varchar(600);
alter table posts alter column summary set data type varchar(1000);
alter table posts alter column dateline_city set data type varchar(200);
alter table posts alter column dateline_region set data type varchar(200);
alter table posts alter column lead_image_alt set data type varchar(500);
alter table posts alter column lead_image_caption set data type varchar(600);
alter table posts alter column lead_image_credit set data type varchar(300);
alter table posts alter column quote_text set data type varchar(2000);
alter table posts alter column quote_speaker set data type varchar(240);
alter table posts alter column quote_speaker_title set data type varchar(300);
alter table posts alter column repost_url set data type varchar(1000);
alter table posts alter column correction_note set data type varchar(2000);
alter table posts alter column created_by set data type varchar(508);
alter table post_tags alter column tag set data type varchar(120);
alter table post_tags alter column label set data type varchar(80);

alter table media_contacts alter column name set data type varchar(240);
alter table media_contacts alter column title set data type varchar(300);
alter table media_contacts alter column email set data type varchar(508);

alter table organizations alter column name set data type varchar(400);
alter table organizations alter column acronym set data type varchar(60);
alter table organizations alter column website set data type varchar(600);
alter table organizations alter column city set data type varchar(200);
alter table organizations alter column region set data type varchar(200);
alter table organizations alter column normalized_name set data type varchar(400);
alter table organizations alter column acronym_key set data type varchar(60);
alter table organizations alter column website_host set data type varchar(600);
alter table organizations alter column search_text set data type varchar(2000);
alter table own_organization alter column name set data type varchar(400);
alter table own_organization alter column website set data type varchar(600);

alter table staff alter column email set data type varchar(508);
alter table staff alter column name set data type varchar(240);
alter table audit_log alter column actor set data type varchar(508);
alter table audit_log alter column summary set data type varchar(600);

alter table mail_outbox alter column recipient set data type varchar(508);
alter table mail_outbox alter column recipient_name set data type varchar(400);
alter table mail_outbox alter column subject set data type varchar(600);
alter table mail_outbox alter column last_error set data type varchar(1000);

alter table media_assets alter column original_filename set data type varchar(400);
