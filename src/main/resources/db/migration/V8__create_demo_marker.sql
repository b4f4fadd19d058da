-- One row once the demo content has been loaded, so it is loaded only on an installation's first start.
create table demo_content (
    id         int primary key,
    loaded_at  timestamp with time zone not null
);
