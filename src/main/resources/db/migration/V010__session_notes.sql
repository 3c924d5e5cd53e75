-- Session notes: one row per note of a client's session, a draft saved as the clinician types (revision, as
-- exercise_occurrence), then signed and locked (signed_at, signed_by_id, content_sha256 of the canonical text, see
-- notes.NoteCanonical). Corrections are addenda, each signed on its own and never changed.

-- sections_json: the format's sections as {"key":"plain text"}; search_text: those texts in lower case, for the
-- list's search only. The risk columns are all NULL when risk_recorded is false; a NULL yes/no means "not asked".
CREATE TABLE session_note (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    client_id          BIGINT        NOT NULL,
    clinician_id       BIGINT        NOT NULL,
    session_date       DATE          NOT NULL,
    start_time         TIME          NULL,
    duration_minutes   INT           NULL,
    service_type       VARCHAR(16)   NOT NULL,
    service_setting    VARCHAR(16)   NOT NULL,
    note_format        VARCHAR(8)    NOT NULL,
    sections_json      MEDIUMTEXT    NOT NULL,
    search_text        MEDIUMTEXT    NOT NULL,
    risk_recorded      BOOLEAN       NOT NULL,
    risk_suicidal      BOOLEAN       NULL,
    risk_homicidal     BOOLEAN       NULL,
    risk_plan          BOOLEAN       NULL,
    risk_intent        BOOLEAN       NULL,
    risk_protective    VARCHAR(2000) NULL,
    risk_level         VARCHAR(16)   NULL,
    mental_status_json VARCHAR(2000) NOT NULL,
    revision           INT           NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    draft_saved_at     DATETIME(6)   NULL,
    signed_at          DATETIME(6)   NULL,
    signed_by_id       BIGINT        NULL,
    content_sha256     CHAR(64)      NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_session_note PRIMARY KEY (id),
    CONSTRAINT fk_session_note_client FOREIGN KEY (client_id) REFERENCES account (id),
    CONSTRAINT fk_session_note_clinician FOREIGN KEY (clinician_id) REFERENCES account (id),
    CONSTRAINT fk_session_note_signed_by FOREIGN KEY (signed_by_id) REFERENCES account (id)
);
-- A client's notes, newest session first (the client's list, "since last session", the previous session's date).
CREATE INDEX ix_session_note_client_date ON session_note (client_id, session_date);
-- A clinician's unsigned queue (signed_at IS NULL) and their notes over a date range (exports).
CREATE INDEX ix_session_note_clinician_signed ON session_note (clinician_id, signed_at, session_date);
CREATE INDEX ix_session_note_signed_by ON session_note (signed_by_id);

CREATE TABLE note_addendum (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    note_id        BIGINT      NOT NULL,
    body           MEDIUMTEXT  NOT NULL,
    signed_by_id   BIGINT      NOT NULL,
    signed_at      DATETIME(6) NOT NULL,
    content_sha256 CHAR(64)    NOT NULL,
    CONSTRAINT pk_note_addendum PRIMARY KEY (id),
    CONSTRAINT fk_note_addendum_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_note_addendum_signed_by FOREIGN KEY (signed_by_id) REFERENCES account (id)
);
CREATE INDEX ix_note_addendum_note ON note_addendum (note_id, signed_at);
CREATE INDEX ix_note_addendum_signed_by ON note_addendum (signed_by_id);
