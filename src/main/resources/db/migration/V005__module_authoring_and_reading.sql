-- Psychoeducation, part two: reflection questions, clinicians' own modules, assignments and reading.

-- The reflection questions of a version, in order; immutable like the version itself.
CREATE TABLE psy_module_question (
    version_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_psy_module_question PRIMARY KEY (version_id, position),
    CONSTRAINT fk_psy_module_question_version FOREIGN KEY (version_id) REFERENCES psy_module_version (id)
);

-- The working copy of a clinician's own module, private to its owner (psy_module.owner_id). body_html is sanitised
-- before it is stored; questions and sources are one per line.
CREATE TABLE psy_module_draft (
    module_id           BIGINT        NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(2000) NOT NULL,
    content_note        VARCHAR(1000) NOT NULL,
    body_html           MEDIUMTEXT    NOT NULL,
    topics              VARCHAR(500)  NOT NULL,
    questions           MEDIUMTEXT    NOT NULL,
    sources             MEDIUMTEXT    NOT NULL,
    based_on_version_id BIGINT        NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_psy_module_draft PRIMARY KEY (module_id),
    CONSTRAINT fk_psy_module_draft_module FOREIGN KEY (module_id) REFERENCES psy_module (id),
    CONSTRAINT fk_psy_module_draft_based_on FOREIGN KEY (based_on_version_id) REFERENCES psy_module_version (id)
);
CREATE INDEX ix_psy_module_draft_based_on ON psy_module_draft (based_on_version_id);

-- A module given to a client, pinned to the version current at the time.
CREATE TABLE module_assignment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    client_id       BIGINT        NOT NULL,
    assigned_by_id  BIGINT        NOT NULL,
    module_id       BIGINT        NOT NULL,
    version_id      BIGINT        NOT NULL,
    note            VARCHAR(1000) NULL,
    due_date        DATE          NULL,
    assigned_at     DATETIME(6)   NOT NULL,
    first_opened_at DATETIME(6)   NULL,
    last_opened_at  DATETIME(6)   NULL,
    read_at         DATETIME(6)   NULL,
    withdrawn_at    DATETIME(6)   NULL,
    last_section    INT           NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_module_assignment PRIMARY KEY (id),
    CONSTRAINT fk_module_assignment_client FOREIGN KEY (client_id) REFERENCES account (id),
    CONSTRAINT fk_module_assignment_assigned_by FOREIGN KEY (assigned_by_id) REFERENCES account (id),
    CONSTRAINT fk_module_assignment_module FOREIGN KEY (module_id) REFERENCES psy_module (id),
    CONSTRAINT fk_module_assignment_version FOREIGN KEY (version_id) REFERENCES psy_module_version (id)
);
-- A client's reading list and the clinician's per-client view, newest first; "is it already assigned?" checks.
CREATE INDEX ix_module_assignment_client ON module_assignment (client_id, assigned_at);
CREATE INDEX ix_module_assignment_client_module ON module_assignment (client_id, module_id);
CREATE INDEX ix_module_assignment_assigned_by ON module_assignment (assigned_by_id);
CREATE INDEX ix_module_assignment_module ON module_assignment (module_id);
CREATE INDEX ix_module_assignment_version ON module_assignment (version_id);

-- A client's answer to one reflection question, saved as they type.
CREATE TABLE module_answer (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT      NOT NULL,
    position      INT         NOT NULL,
    answer        MEDIUMTEXT  NOT NULL,
    saved_at      DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT pk_module_answer PRIMARY KEY (id),
    CONSTRAINT uq_module_answer UNIQUE (assignment_id, position),
    CONSTRAINT fk_module_answer_assignment FOREIGN KEY (assignment_id) REFERENCES module_assignment (id)
);

-- The reader's text size follows the person to every device.
ALTER TABLE account ADD COLUMN reader_text_step INT NOT NULL DEFAULT 0;
