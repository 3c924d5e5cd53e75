-- Homework exercises: versioned templates (built-in from files, later also clinicians' own), assignments with a
-- schedule in the client's time zone, and occurrences that hold the client's draft and submitted entry.

CREATE TABLE exercise_template (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    slug               VARCHAR(80) NOT NULL,
    origin             VARCHAR(16) NOT NULL,
    owner_id           BIGINT      NULL,
    status             VARCHAR(16) NOT NULL,
    position           INT         NOT NULL,
    current_version_id BIGINT      NULL,
    created_at         DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT pk_exercise_template PRIMARY KEY (id),
    CONSTRAINT uq_exercise_template_slug UNIQUE (slug),
    CONSTRAINT fk_exercise_template_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);
CREATE INDEX ix_exercise_template_status ON exercise_template (status, position);
CREATE INDEX ix_exercise_template_owner ON exercise_template (owner_id);

-- A version is never rewritten. fields_json is the list of typed fields (see homework.HomeworkJson);
-- instructions_html and why_html are sanitised HTML.
CREATE TABLE exercise_version (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    template_id       BIGINT        NOT NULL,
    version_number    INT           NOT NULL,
    revision          INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    summary           VARCHAR(2000) NOT NULL,
    estimated_minutes INT           NOT NULL,
    instructions_html MEDIUMTEXT    NOT NULL,
    why_html          MEDIUMTEXT    NOT NULL,
    fields_json       MEDIUMTEXT    NOT NULL,
    clinician_prompt  BOOLEAN       NOT NULL,
    source_hash       CHAR(64)      NOT NULL,
    published_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_exercise_version PRIMARY KEY (id),
    CONSTRAINT uq_exercise_version UNIQUE (template_id, version_number),
    CONSTRAINT fk_exercise_version_template FOREIGN KEY (template_id) REFERENCES exercise_template (id)
);
ALTER TABLE exercise_template ADD CONSTRAINT fk_exercise_template_current FOREIGN KEY (current_version_id)
    REFERENCES exercise_version (id);
CREATE INDEX ix_exercise_template_current ON exercise_template (current_version_id);

CREATE TABLE exercise_version_topic (
    version_id BIGINT      NOT NULL,
    topic      VARCHAR(64) NOT NULL,
    CONSTRAINT pk_exercise_version_topic PRIMARY KEY (version_id, topic),
    CONSTRAINT fk_exercise_version_topic_version FOREIGN KEY (version_id) REFERENCES exercise_version (id)
);

CREATE TABLE exercise_version_source (
    version_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    title      VARCHAR(500)  NOT NULL,
    author     VARCHAR(500)  NULL,
    container  VARCHAR(300)  NULL,
    pub_year   INT           NULL,
    url        VARCHAR(1000) NULL,
    doi        VARCHAR(200)  NULL,
    CONSTRAINT pk_exercise_version_source PRIMARY KEY (version_id, position),
    CONSTRAINT fk_exercise_version_source_version FOREIGN KEY (version_id) REFERENCES exercise_version (id)
);

-- The working copy of a clinician's own exercise, private to its owner (exercise_template.owner_id).
CREATE TABLE exercise_draft (
    template_id         BIGINT        NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(2000) NOT NULL,
    instructions_html   MEDIUMTEXT    NOT NULL,
    estimated_minutes   INT           NOT NULL,
    fields_json         MEDIUMTEXT    NOT NULL,
    based_on_version_id BIGINT        NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_exercise_draft PRIMARY KEY (template_id),
    CONSTRAINT fk_exercise_draft_template FOREIGN KEY (template_id) REFERENCES exercise_template (id),
    CONSTRAINT fk_exercise_draft_based_on FOREIGN KEY (based_on_version_id) REFERENCES exercise_version (id)
);
CREATE INDEX ix_exercise_draft_based_on ON exercise_draft (based_on_version_id);

-- An exercise given to one client, pinned to a version, with its schedule as the clinician chose it. time_zone is
-- the client's zone when the occurrences were planned.
CREATE TABLE exercise_assignment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    client_id      BIGINT        NOT NULL,
    assigned_by_id BIGINT        NOT NULL,
    template_id    BIGINT        NOT NULL,
    version_id     BIGINT        NOT NULL,
    instructions   VARCHAR(2000) NULL,
    prompt         VARCHAR(2000) NULL,
    frequency      VARCHAR(8)    NOT NULL,
    start_date     DATE          NOT NULL,
    due_date       DATE          NULL,
    due_time       TIME          NOT NULL,
    weekdays       VARCHAR(64)   NULL,
    times          INT           NULL,
    until_date     DATE          NULL,
    time_zone      VARCHAR(64)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    ended_at       DATETIME(6)   NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT pk_exercise_assignment PRIMARY KEY (id),
    CONSTRAINT fk_exercise_assignment_client FOREIGN KEY (client_id) REFERENCES account (id),
    CONSTRAINT fk_exercise_assignment_assigned_by FOREIGN KEY (assigned_by_id) REFERENCES account (id),
    CONSTRAINT fk_exercise_assignment_template FOREIGN KEY (template_id) REFERENCES exercise_template (id),
    CONSTRAINT fk_exercise_assignment_version FOREIGN KEY (version_id) REFERENCES exercise_version (id)
);
CREATE INDEX ix_exercise_assignment_client ON exercise_assignment (client_id, created_at);
CREATE INDEX ix_exercise_assignment_assigned_by ON exercise_assignment (assigned_by_id);
CREATE INDEX ix_exercise_assignment_template ON exercise_assignment (template_id);
CREATE INDEX ix_exercise_assignment_version ON exercise_assignment (version_id);

-- One time the exercise is due. client_id repeats the assignment's, so a client's "today" and a clinician's
-- dashboard read one table. revision counts saves of the draft: a save names the revision it started from, so two
-- tabs never silently overwrite each other and a retried save is recognised.
CREATE TABLE exercise_occurrence (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id     BIGINT        NOT NULL,
    client_id         BIGINT        NOT NULL,
    due_day           DATE          NOT NULL,
    due_at            DATETIME(6)   NOT NULL,
    available_from    DATETIME(6)   NOT NULL,
    cancelled_at      DATETIME(6)   NULL,
    draft_json        MEDIUMTEXT    NULL,
    revision          INT           NOT NULL,
    draft_saved_at    DATETIME(6)   NULL,
    submitted_at      DATETIME(6)   NULL,
    entry_json        MEDIUMTEXT    NULL,
    client_comment    VARCHAR(2000) NULL,
    client_comment_at DATETIME(6)   NULL,
    feedback          VARCHAR(4000) NULL,
    feedback_at       DATETIME(6)   NULL,
    reviewed_at       DATETIME(6)   NULL,
    reviewed_by_id    BIGINT        NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_exercise_occurrence PRIMARY KEY (id),
    CONSTRAINT fk_exercise_occurrence_assignment FOREIGN KEY (assignment_id) REFERENCES exercise_assignment (id),
    CONSTRAINT fk_exercise_occurrence_client FOREIGN KEY (client_id) REFERENCES account (id),
    CONSTRAINT fk_exercise_occurrence_reviewed_by FOREIGN KEY (reviewed_by_id) REFERENCES account (id)
);
CREATE INDEX ix_exercise_occurrence_client_due ON exercise_occurrence (client_id, due_at);
CREATE INDEX ix_exercise_occurrence_assignment ON exercise_occurrence (assignment_id, due_at);
CREATE INDEX ix_exercise_occurrence_client_submitted ON exercise_occurrence (client_id, submitted_at, reviewed_at);
CREATE INDEX ix_exercise_occurrence_reviewed_by ON exercise_occurrence (reviewed_by_id);
