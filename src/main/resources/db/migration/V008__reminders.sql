-- Reminders. The in-app notifications read exercise_occurrence (index ix_exercise_occurrence_client_due) and need no
-- table. Email reminders need the client's opt-out, the practice's on/off and hour, and one row per client and local
-- day: its unique key is what makes the job idempotent (a row is claimed before the email goes out, so a second run,
-- a restart or a second node finds it and sends nothing).

-- A client's choice in their account settings; on unless they turn it off.
ALTER TABLE account ADD COLUMN email_reminders BOOLEAN NOT NULL DEFAULT TRUE;

-- status: CLAIMED (the email is about to be sent, or the sender stopped while sending: never sent again),
-- SENT, or FAILED (the SMTP server refused it; a later run the same local day may claim it again, up to a limit,
-- counted in attempts). local_day is the client's calendar day in their time zone when the job claimed it.
CREATE TABLE reminder_delivery (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    client_id  BIGINT      NOT NULL,
    local_day  DATE        NOT NULL,
    status     VARCHAR(16) NOT NULL,
    attempts   INT         NOT NULL,
    created_at DATETIME(6) NOT NULL,
    claimed_at DATETIME(6) NOT NULL,
    sent_at    DATETIME(6) NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_reminder_delivery PRIMARY KEY (id),
    CONSTRAINT uq_reminder_delivery_client_day UNIQUE (client_id, local_day),
    CONSTRAINT fk_reminder_delivery_client FOREIGN KEY (client_id) REFERENCES account (id)
);

-- The practice's choice: off until an admin turns it on; the hour is on each client's own clock.
INSERT INTO practice_setting (name, value) VALUES ('reminders.enabled', 'false');
INSERT INTO practice_setting (name, value) VALUES ('reminders.hour', '18');
