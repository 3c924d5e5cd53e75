-- Account life cycle, caseloads, one-time links, sign-in throttling, second factor and practice settings.

-- An invited account has no password until its owner sets one through the invitation link.
ALTER TABLE account MODIFY password_hash VARCHAR(255) NULL;

-- INVITED, ACTIVE, DEACTIVATED (staff) or ARCHIVED (clients); only ACTIVE accounts can sign in.
ALTER TABLE account ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE';
UPDATE account SET status = CASE WHEN active THEN 'ACTIVE' ELSE 'DEACTIVATED' END;
DROP INDEX ix_account_role_active ON account;
ALTER TABLE account DROP COLUMN active;
CREATE INDEX ix_account_role_status ON account (role, status);

ALTER TABLE account ADD COLUMN preferred_name VARCHAR(120) NULL;
ALTER TABLE account ADD COLUMN phone VARCHAR(40) NULL;
ALTER TABLE account ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC';

-- A client's clinician: the caseload. Every clinician-side look-up of a client filters on it.
ALTER TABLE account ADD COLUMN clinician_id BIGINT NULL;
ALTER TABLE account ADD CONSTRAINT fk_account_clinician FOREIGN KEY (clinician_id) REFERENCES account (id);
CREATE INDEX ix_account_clinician ON account (clinician_id, status, display_name);

-- TOTP second factor: the shared secret and the last time step used, so that a code works once only.
ALTER TABLE account ADD COLUMN mfa_secret VARCHAR(64) NULL;
ALTER TABLE account ADD COLUMN mfa_last_step BIGINT NULL;

CREATE TABLE mfa_recovery_code (
    id         BIGINT   NOT NULL AUTO_INCREMENT,
    account_id BIGINT   NOT NULL,
    code_hash  CHAR(64) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT pk_mfa_recovery_code PRIMARY KEY (id),
    CONSTRAINT fk_mfa_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_mfa_recovery_code_account ON mfa_recovery_code (account_id, code_hash);

-- Invitation and password-reset links. Only the SHA-256 of the token is stored.
CREATE TABLE account_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(16) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    revoked_at  DATETIME(6) NULL,
    created_by  BIGINT      NULL,
    CONSTRAINT pk_account_token PRIMARY KEY (id),
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_account_token_account ON account_token (account_id, purpose, created_at);

-- Failed sign-ins per sign-in name (hashed, so names that are not accounts are not stored in clear).
CREATE TABLE sign_in_throttle (
    subject_hash CHAR(64)    NOT NULL,
    failures     INT         NOT NULL,
    last_failure DATETIME(6) NOT NULL,
    locked_until DATETIME(6) NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (subject_hash)
);

-- Practice-wide settings an admin changes at run time.
CREATE TABLE practice_setting (
    name    VARCHAR(64)  NOT NULL,
    value   VARCHAR(255) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_practice_setting PRIMARY KEY (name)
);
INSERT INTO practice_setting (name, value) VALUES ('mfa.requiredForStaff', 'false');
