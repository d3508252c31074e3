package org.scorelink.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.scorelink.xapi.entity.AttachmentData;
import org.scorelink.xapi.entity.IncomingStatement;
import org.scorelink.xapi.entity.StoredStatement;

/**
 * Attachment raw data (Communication 1.5.2, Data 2.4.11): stored once per store and SHA-2 in its own table,
 * written by {@link WriteTransaction} in the same transaction as the statements that reference it, so an
 * acknowledged statement never lacks its data. Statements without attachments never touch this table.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final String TABLE = "XS_ATTACHMENT";
    private static final String[] DDL = {
            "CREATE TABLE XS_ATTACHMENT (store_id BIGINT NOT NULL, sha2 VARCHAR(128) NOT NULL,"
                    + " content_type VARCHAR(255) NOT NULL, length BIGINT NOT NULL, body BLOB NOT NULL)",
            "CREATE UNIQUE INDEX XS_ATTACHMENT_KEY ON XS_ATTACHMENT (store_id, sha2)"};

    @Resource(lookup = "jdbc/scorelink")
    DataSource dataSource;

    @Inject
    StatementWriter writer;

    /** Creates the table when missing (idempotent); called by the writer when it opens the store. */
    static void ensure(Connection c) throws SQLException {
        Tables.create(c, TABLE, List.of(DDL));
    }

    /** Inserts the data not yet stored, within the caller's transaction. */
    static void insertMissing(Connection c, Map<Long, Map<String, AttachmentData>> byStore) throws SQLException {
        try (PreparedStatement find = c.prepareStatement(
                "SELECT 1 FROM XS_ATTACHMENT WHERE store_id = ? AND sha2 = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO XS_ATTACHMENT (store_id, sha2,"
                        + " content_type, length, body) VALUES (?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (Map.Entry<Long, Map<String, AttachmentData>> e : byStore.entrySet()) {
                for (AttachmentData a : e.getValue().values()) {
                    find.setLong(1, e.getKey());
                    find.setString(2, a.sha2());
                    try (ResultSet rs = find.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                    insert.setLong(1, e.getKey());
                    insert.setString(2, a.sha2());
                    insert.setString(3, a.contentType());
                    insert.setLong(4, a.body().length);
                    insert.setBytes(5, a.body());
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    /**
     * Matches received parts to the attachments of the statements and of their SubStatements (a SubStatement is
     * validated as a Statement, Data 2.4.4.3.s8.b2, so it may carry attachments of its own): every attachment
     * without {@code fileUrl} needs a part with its SHA-2 (Communication 1.5.2.s3.b5), every part must match an
     * attachment and hash to what it declares. {@code received} holds the declared hash (any case), the part's
     * Content-Type (may be null) and its octets. Answers the data to store, once per SHA-2. Throws 400 naming the
     * culprit.
     */
    public static List<AttachmentData> match(List<IncomingStatement> statements, boolean batch,
            List<AttachmentData> received) {
        Map<String, AttachmentData> parts = new LinkedHashMap<>();
        for (int i = 0; i < received.size(); i++) {
            AttachmentData r = received.get(i);
            String where = "multipart part " + (i + 2) + " (X-Experience-API-Hash " + r.sha2() + ")";
            String declared = r.sha2().toLowerCase(Locale.ROOT);
            String actual = digest(declared.length(), r.body(), where);
            if (!actual.equals(declared)) {
                throw XapiException.badRequest(where + ": the SHA-2 of its data is " + actual
                        + ", not the declared hash (Communication 1.5.2.s1.b4)");
            }
            parts.putIfAbsent(declared, new AttachmentData(declared, r.contentType(), r.body()));
        }
        Map<String, AttachmentData> out = new LinkedHashMap<>();
        Set<String> referenced = new HashSet<>();
        forEachAttachment(statements, batch, (statement, a, path, signable) -> {
            String sha2 = a.getString("sha2").toLowerCase(Locale.ROOT);
            referenced.add(sha2);
            AttachmentData part = parts.get(sha2);
            if (signable && Signatures.isSignature(a)) {
                Signatures.verify(statement, a, part == null ? null : part.body(), path);
            }
            if (part == null) {
                if (!a.containsKey("fileUrl")) {
                    throw XapiException.invalid(path, "has no fileUrl and no multipart part with "
                            + "X-Experience-API-Hash " + sha2 + " carries its data (Communication 1.5.2.s3.b5)");
                }
                return;
            }
            String declaredType = a.getString("contentType");
            if (part.contentType() != null && !baseType(part.contentType()).equals(baseType(declaredType))) {
                throw XapiException.invalid(path + ".contentType", "is '" + declaredType
                        + "' but the part with hash " + sha2 + " has Content-Type '" + part.contentType()
                        + "' (Communication 1.5.2.s2.b2.b7)");
            }
            out.putIfAbsent(sha2, new AttachmentData(sha2,
                    part.contentType() != null ? part.contentType() : declaredType, part.body()));
        });
        for (String sha2 : parts.keySet()) {
            if (!referenced.contains(sha2)) {
                throw XapiException.badRequest("multipart part with X-Experience-API-Hash " + sha2
                        + ": matches no attachment of the statements (Communication 1.5.2.s1.b4)");
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * An {@code application/json} request: every attachment, a SubStatement's included, needs a {@code fileUrl}
     * (Communication 1.5.2.s2.b1), and a signature cannot be verified without its data (Data 2.6).
     */
    public static void requireFileUrls(List<IncomingStatement> statements, boolean batch) {
        forEachAttachment(statements, batch, (statement, a, path, signable) -> {
            if (signable && Signatures.isSignature(a)) {
                Signatures.verify(statement, a, null, path);
            }
            if (!a.containsKey("fileUrl")) {
                throw XapiException.invalid(path, "has no fileUrl; send its data as multipart/mixed "
                        + "(Communication 1.5.2.s2.b1)");
            }
        });
    }

    /** One attachment of a request's statement, with its path in the request (see {@link Attachments}). */
    @FunctionalInterface
    private interface AttachmentVisitor {
        void visit(JsonObject statement, JsonObject attachment, String path, boolean signable);
    }

    /** Calls {@code visitor} with every attachment of the statements and of their SubStatements, in order. */
    private static void forEachAttachment(List<IncomingStatement> statements, boolean batch,
            AttachmentVisitor visitor) {
        for (int i = 0; i < statements.size(); i++) {
            JsonObject statement = statements.get(i).statement();
            for (Attachments list : lists(statement, statementPath(batch, i))) {
                for (int j = 0; j < list.array().size(); j++) {
                    visitor.visit(statement, list.array().getJsonObject(j), list.path() + "[" + j + "]",
                            list.signable());
                }
            }
        }
    }

    /** The SHA-2s referenced by the attachments of stored statements and their SubStatements, once each. */
    public static Set<String> referenced(Collection<StoredStatement> statements) {
        Set<String> out = new LinkedHashSet<>();
        for (StoredStatement s : statements) {
            if (!s.body().contains("\"attachments\"")) {
                continue;
            }
            for (Attachments list : lists(JsonIo.parseObject(s.body(), "stored statement"), "")) {
                for (JsonValue v : list.array()) {
                    if (v instanceof JsonObject a && a.get("sha2") instanceof JsonString sha2) {
                        out.add(sha2.getString().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    /**
     * One attachment list of a statement: its path in the request, and whether a signature in it signs the
     * statement (Data 2.6 signs Statements; a signature attachment in a SubStatement is kept as an attachment).
     */
    private record Attachments(JsonArray array, String path, boolean signable) {
    }

    /** The statement's own attachments, then those of its SubStatement object, where present. */
    private static List<Attachments> lists(JsonObject statement, String path) {
        List<Attachments> out = new ArrayList<>(2);
        if (statement.get("attachments") instanceof JsonArray own) {
            out.add(new Attachments(own, path + ".attachments", true));
        }
        if (statement.get("object") instanceof JsonObject object
                && object.get("objectType") instanceof JsonString type && "SubStatement".equals(type.getString())
                && object.get("attachments") instanceof JsonArray sub) {
            out.add(new Attachments(sub, path + ".object.attachments", false));
        }
        return out;
    }

    private static String statementPath(boolean batch, int i) {
        return batch ? "statements[" + i + "]" : "statement";
    }

    /** The stored data for those SHA-2s in a store (those without data, i.e. fileUrl-only, are skipped). */
    public List<AttachmentData> load(long store, Collection<String> sha2s) {
        List<AttachmentData> out = new ArrayList<>();
        if (sha2s.isEmpty()) {
            return out;
        }
        writer.ensureInitialized();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT content_type, body FROM XS_ATTACHMENT WHERE store_id = ? AND sha2 = ?")) {
            for (String sha2 : sha2s) {
                ps.setLong(1, store);
                ps.setString(2, sha2);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(new AttachmentData(sha2, rs.getString(1), rs.getBytes(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading attachments failed", e);
        }
        return out;
    }

    private static String baseType(String type) {
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static String digest(int hexLength, byte[] data, String where) {
        String algorithm = switch (hexLength) {
            case 56 -> "SHA-224";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> throw XapiException.badRequest(where + ": X-Experience-API-Hash must be a hex SHA-2 "
                    + "(224, 256, 384 or 512 bits)");
        };
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
