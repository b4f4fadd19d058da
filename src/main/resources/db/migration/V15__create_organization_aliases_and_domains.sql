-- Other and former names of organisations, and the domains their staff's email addresses are at.
create table organization_aliases (
    organization_id  bigint not null references organizations (id) on delete cascade,
    position         int not null,
    name             varchar(400) not null,
    primary key (organization_id, position)
);

-- Domains in their ASCII form (at most 253 characters).
create table organization_email_domains (
    organization_id  bigint not null references organizations (id) on delete cascade,
    position         int not null,
    domain           varchar(253) not null,
    primary key (organization_id, position)
);

-- Every key an organisation is recognised by (kind NAME, ALIAS, ACRONYM or DOMAIN), made by the application from
-- its name, acronym, aliases, website and email domains; keys_version says by which version of the rules, so that
-- keys made by older rules are made again at start. They replace the key columns of V4.
create table organization_match_keys (
    organization_id  bigint not null references organizations (id) on delete cascade,
    kind             varchar(10) not null,
    match_key        varchar(400) not null,
    primary key (organization_id, kind, match_key)
);
create index organization_match_keys_key_idx on organization_match_keys (match_key, kind);
alter table organizations add column keys_version int not null default 0;

drop index organizations_normalized_name_idx;
drop index organizations_acronym_key_idx;
drop index organizations_website_host_idx;
alter table organizations drop column normalized_name;
alter table organizations drop column acronym_key;
alter table organizations drop column website_host;

-- The row that adding an organisation described from outside (a letter's signer) locks, so that two such
-- descriptions of one organisation arriving at once add it once.
create table organization_registry_lock (
    id  int primary key,
    constraint organization_registry_lock_single_row check (id = 1)
);
insert into organization_registry_lock (id) values (1);
