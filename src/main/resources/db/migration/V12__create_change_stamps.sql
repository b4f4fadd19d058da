-- When something that many pages show last changed, by name (such as newsroom.pages): every node reads the same
-- stamp, so validators and caches follow changes made on another node.
create table change_stamps (
    name        varchar(60) primary key,
    changed_at  timestamp with time zone not null
);

-- The audit log is read per subject (a post's history) and written once per event.
create index audit_log_subject_idx on audit_log (subject_type, subject_id, created_at);
