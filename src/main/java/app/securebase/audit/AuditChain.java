package app.securebase.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash chain over the audit log: how a row is hashed, and how a walk over the rows finds the first broken link.
 *
 * <p>Both the application ({@link AuditService}) and the command-line check ({@link AuditChainCommand}) use this one
 * class, so they cannot disagree about what "intact" means.
 *
 * <h2>The canonical encoding</h2>
 * A row's hash is the lower-case hex SHA-256 of these fields, in this order: the version tag
 * {@value #VERSION_TAG}, {@code id}, {@code occurred_at}, {@code actor_account_id}, {@code actor_name},
 * {@code actor_role}, {@code action}, {@code target_type}, {@code target_id}, {@code outcome}, {@code client_address},
 * {@code detail} and {@code prev_hash}: every column but {@code hash} itself. Each field is written as the byte
 * {@code 0x00} when it is NULL, otherwise as the byte {@code 0x01}, its UTF-8 length as a 4-byte big-endian integer,
 * and its UTF-8 bytes. Numbers are written in decimal, the time in UTC as {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} (always
 * six fraction digits). Length prefixes make the encoding unambiguous (no separator can be forged inside a value), and
 * the NULL marker keeps NULL apart from an empty string.
 *
 * <p>The first row's {@code prev_hash} is {@link #GENESIS_HASH} (64 zeros); every later row's is its predecessor's
 * {@code hash}. The single row of {@code audit_chain_head} holds the newest row's id and hash, so removing rows from
 * the end of the log is noticed as well.
 *
 * <p>What this proves, and what not: altering, removing, inserting or reordering rows through SQL breaks the chain,
 * unless whoever did it also recomputes every later hash and the head. Comparing the latest hash the verification
 * shows with one written down earlier (or kept outside the database) detects that too.
 */
public final class AuditChain {

    public static final String GENESIS_HASH = "0".repeat(64);

    static final String VERSION_TAG = "securebase-audit-v1";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** Where the chain ends: the newest row's id and hash ({@code 0} and {@link #GENESIS_HASH} while empty). */
    public record Head(long lastEventId, String lastHash) {

        public static final Head EMPTY = new Head(0, GENESIS_HASH);

        public Head after(AuditRecord row) {
            return new Head(row.id(), row.hash());
        }
    }

    /** The hash {@code row} should carry, computed from all its columns except {@code hash}. */
    public static String hash(AuditRecord row) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(row)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The bytes that are hashed; see the class comment for the format. */
    static byte[] canonical(AuditRecord row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, VERSION_TAG);
        field(out, Long.toString(row.id()));
        field(out, time(row.occurredAt()));
        field(out, row.actorAccountId() == null ? null : row.actorAccountId().toString());
        field(out, row.actorName());
        field(out, row.actorRole());
        field(out, row.action());
        field(out, row.targetType());
        field(out, row.targetId() == null ? null : row.targetId().toString());
        field(out, row.outcome());
        field(out, row.clientAddress());
        field(out, row.detail());
        field(out, row.prevHash());
        return out.toByteArray();
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write(0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(1);
        out.write(bytes.length >>> 24);
        out.write(bytes.length >>> 16);
        out.write(bytes.length >>> 8);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    /**
     * Walks the rows in id order, one at a time, so a caller can stream them from the database in pages. Stops at the
     * first broken link; rows after it are not looked at, since their links mean nothing once one is broken.
     *
     * <p>Ids are not expected to be consecutive: a removed row is noticed because its successor's {@code prev_hash}
     * no longer matches, not because a number is missing.
     */
    public static final class Verifier {

        private final Head head;
        private String expectedPrevHash = GENESIS_HASH;
        private long lastId;
        private long verified;
        private AuditVerification broken;

        /** @param head the chain head read before the first row, which says where the walk must end */
        public Verifier(Head head) {
            this.head = head;
        }

        /**
         * Checks the next row.
         *
         * @return {@code false} once a broken link has been found; the caller can stop reading then
         */
        public boolean accept(AuditRecord row) {
            if (broken != null) {
                return false;
            }
            if (!hash(row).equals(row.hash())) {
                broken = AuditVerification.broken(verified, row.id(), AuditVerification.Problem.ALTERED, head.lastHash());
            } else if (row.id() <= lastId || !expectedPrevHash.equals(row.prevHash())) {
                broken = AuditVerification.broken(verified, row.id(), AuditVerification.Problem.LINK_BROKEN,
                        head.lastHash());
            } else if (row.id() == head.lastEventId() && !row.hash().equals(head.lastHash())
                    || row.id() > head.lastEventId()) {
                broken = AuditVerification.broken(verified, row.id(), AuditVerification.Problem.END_MISMATCH,
                        head.lastHash());
            } else {
                verified++;
                lastId = row.id();
                expectedPrevHash = row.hash();
            }
            return broken == null;
        }

        /** The result once every row up to the head has been given to {@link #accept}. */
        public AuditVerification result() {
            if (broken != null) {
                return broken;
            }
            if (lastId != head.lastEventId()) {
                // The newest rows are gone: the first id after the last row present is where the log stops short.
                return AuditVerification.broken(verified, lastId + 1, AuditVerification.Problem.END_MISMATCH,
                        head.lastHash());
            }
            return AuditVerification.intact(verified, head.lastHash());
        }
    }
}
