-- The audit trail: who did what to which record, when, from where, and whether it was allowed.
--
-- Append-only. The application only ever INSERTs into audit_event (see audit.AuditTable); it never updates or
-- deletes a row, and no later migration may. Each row carries the SHA-256 of its content and of the previous row's
-- hash (audit.AuditChain documents the exact encoding), so a row altered or removed through SQL is found by the
-- verify action on /admin/audit.xhtml or by `./mvnw -Paudit-verify`. In production, the database account the
-- application uses can additionally be denied UPDATE and DELETE on audit_event.
--
-- id is handed out by the append itself (the chain head's last_event_id + 1, under the head's row lock), not by
-- AUTO_INCREMENT: the id is part of the hashed content, so it must be known before the INSERT, and the ids then
-- follow the chain order exactly.
CREATE TABLE audit_event (
    id               BIGINT       NOT NULL,
    occurred_at      DATETIME(6)  NOT NULL,
    actor_account_id BIGINT       NULL,
    actor_name       VARCHAR(254) NOT NULL,
    actor_role       VARCHAR(16)  NULL,
    action           VARCHAR(40)  NOT NULL,
    target_type      VARCHAR(40)  NULL,
    target_id        BIGINT       NULL,
    outcome          VARCHAR(8)   NOT NULL,
    client_address   VARCHAR(64)  NOT NULL,
    detail           VARCHAR(500) NULL,
    prev_hash        CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

-- One index per filter of the admin page, each ending in occurred_at for its newest-first order. No foreign key to
-- account: the trail must outlive any change to the accounts it names.
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_account_id, occurred_at);
CREATE INDEX ix_audit_event_actor_name ON audit_event (actor_name, occurred_at);
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id, occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);

-- The end of the chain, in a single row. Every append reads it with SELECT ... FOR UPDATE and moves it in the same
-- transaction, which serialises appends (no two rows can claim the same predecessor) and lets verification notice
-- rows removed from the end of the log.
CREATE TABLE audit_chain_head (
    id            INT      NOT NULL,
    last_event_id BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_event_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
