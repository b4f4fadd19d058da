-- The key that signs the "shown at" tokens of public forms. One row, created by the first node that needs it, so
-- that every node signs and checks tokens alike.
create table form_token_key (
    id          int primary key,
    secret      varchar(100) not null,
    created_at  timestamp with time zone not null,
    constraint form_token_key_single_row check (id = 1)
);
