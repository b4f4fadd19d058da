-- Spring Modulith's event publication registry: each event between modules is kept here, in the transaction that
-- published it, until every listener has handled it. Created by a migration rather than by the library at start,
-- so that several nodes starting on an empty database never race to create it; "if not exists" keeps the table the
-- library created in installations made before.
create table if not exists event_publication (
    id                      uuid not null,
    listener_id             varchar(512) not null,
    event_type              varchar(512) not null,
    serialized_event        varchar(20000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     int,
    last_resubmission_date  timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_by_listener_idx on event_publication (listener_id);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
