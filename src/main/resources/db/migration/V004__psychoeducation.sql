-- Psychoeducation library: modules and their immutable versions.

-- A module is the stable identity (its slug) that assignments will point to. BUILT_IN modules come from the files
-- in app/securebase/psychoed/modules; CUSTOM ones are written by a clinician (owner_id).
CREATE TABLE psy_module (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    slug               VARCHAR(80) NOT NULL,
    origin             VARCHAR(16) NOT NULL,
    owner_id           BIGINT      NULL,
    status             VARCHAR(16) NOT NULL,
    position           INT         NOT NULL,
    current_version_id BIGINT      NULL,
    created_at         DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT pk_psy_module PRIMARY KEY (id),
    CONSTRAINT uq_psy_module_slug UNIQUE (slug),
    CONSTRAINT fk_psy_module_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);
CREATE INDEX ix_psy_module_status ON psy_module (status, position);
CREATE INDEX ix_psy_module_owner ON psy_module (owner_id);

-- A version is never rewritten: a changed source becomes a new version, so what a client read stays readable.
-- body_html is sanitised HTML; body_text is its plain text, for search.
CREATE TABLE psy_module_version (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    module_id       BIGINT        NOT NULL,
    version_number  INT           NOT NULL,
    revision        INT           NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    reading_minutes INT           NOT NULL,
    content_note    VARCHAR(1000) NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    source_hash     CHAR(64)      NOT NULL,
    published_at    DATETIME(6)   NOT NULL,
    CONSTRAINT pk_psy_module_version PRIMARY KEY (id),
    CONSTRAINT uq_psy_module_version UNIQUE (module_id, version_number),
    CONSTRAINT fk_psy_module_version_module FOREIGN KEY (module_id) REFERENCES psy_module (id)
);

ALTER TABLE psy_module ADD CONSTRAINT fk_psy_module_current FOREIGN KEY (current_version_id)
    REFERENCES psy_module_version (id);
CREATE INDEX ix_psy_module_current ON psy_module (current_version_id);

-- Topic tags of a version, for the library's topic filter.
CREATE TABLE psy_module_topic (
    version_id BIGINT      NOT NULL,
    topic      VARCHAR(64) NOT NULL,
    CONSTRAINT pk_psy_module_topic PRIMARY KEY (version_id, topic),
    CONSTRAINT fk_psy_module_topic_version FOREIGN KEY (version_id) REFERENCES psy_module_version (id)
);
CREATE INDEX ix_psy_module_topic_topic ON psy_module_topic (topic, version_id);

-- What a version draws on, in the order the file lists them.
CREATE TABLE psy_module_source (
    version_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    title      VARCHAR(500)  NOT NULL,
    author     VARCHAR(500)  NULL,
    container  VARCHAR(300)  NULL,
    pub_year   INT           NULL,
    url        VARCHAR(1000) NULL,
    doi        VARCHAR(200)  NULL,
    CONSTRAINT pk_psy_module_source PRIMARY KEY (version_id, position),
    CONSTRAINT fk_psy_module_source_version FOREIGN KEY (version_id) REFERENCES psy_module_version (id)
);
