package org.scorelink.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.scorelink.xapi.entity.Document;
import org.scorelink.xapi.entity.DocumentContext;
import org.scorelink.xapi.entity.DocumentPreconditions;
import org.scorelink.xapi.entity.PutPrecondition;

/**
 * Storage of the Document Resources (Communication 2.2-2.7): one {@code XS_DOC} row per document, found by
 * hashes of its context and id. Every write of one document runs under a lock striped by that document, so the
 * precondition check (Communication 3.1) and the change it guards are atomic on this server.
 */
@ApplicationScoped
public class DocumentStore {

    private static final String[] DDL = {
            "CREATE TABLE XS_DOC (store_id BIGINT NOT NULL, kind CHAR(1) NOT NULL, ctx CHAR(40) NOT NULL,"
                    + " reg CHAR(36) NOT NULL, doc_hash CHAR(40) NOT NULL, doc_id VARCHAR(4000) NOT NULL,"
                    + " content_type VARCHAR(1000) NOT NULL, etag CHAR(40) NOT NULL, updated BIGINT NOT NULL,"
                    + " body BLOB NOT NULL)",
            // serves single-document lookups and (by its prefix) listings and context deletes
            "CREATE UNIQUE INDEX XS_DOC_KEY ON XS_DOC (store_id, kind, ctx, reg, doc_hash)"};
    private static final int STRIPES = 64;

    @Resource(lookup = "jdbc/scorelink")
    DataSource dataSource;

    @Inject
    StatementWriter writer;

    private final Object[] locks = new Object[STRIPES];
    private volatile boolean initialized;

    public DocumentStore() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** An identifier that is a plain string in the request but a fixed-width key in the table. */
    private record Key(DocumentContext ctx, String ctxHash, String reg, String docId, String docHash) {
    }

    public Optional<Document> find(DocumentContext ctx, String docId) {
        Key key = key(ctx, docId);
        try (Connection c = connection()) {
            return find(c, key);
        } catch (SQLException e) {
            throw new IllegalStateException("document lookup failed", e);
        }
    }

    /** Ids of the context's documents updated after {@code afterMicros}, and the latest update (0 when none). */
    public record Listing(List<String> ids, long lastUpdatedMicros) {
    }

    /** Without a registration, State ids of every registration are listed (Communication 2.3.s4). */
    public Listing list(DocumentContext ctx, long afterMicros) {
        Key key = key(ctx, "");
        String sql = "SELECT doc_id, updated FROM XS_DOC WHERE store_id = ? AND kind = ? AND ctx = ?"
                + (ctx.registration().isPresent() ? " AND reg = ?" : "") + " AND updated > ? ORDER BY doc_id";
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindContext(ps, key);
            ps.setLong(i, afterMicros);
            Set<String> ids = new LinkedHashSet<>(); // one id may exist under several registrations
            long last = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    last = Math.max(last, rs.getLong(2));
                }
            }
            return new Listing(List.copyOf(ids), last);
        } catch (SQLException e) {
            throw new IllegalStateException("document listing failed", e);
        }
    }

    /**
     * Stores (replaces) a document. {@code rule} says whether a PUT without If-Match/If-None-Match may do so:
     * onto an existing document it is then 409 (Communication 3.1.s4.b13; xAPI 2.0 4.1.4), onto a missing one 400
     * where the client must always send a header (3.1.s3.b1).
     */
    public void put(DocumentContext ctx, String docId, String contentType, byte[] content,
            DocumentPreconditions pre, PutPrecondition rule) {
        Key key = key(ctx, docId);
        synchronized (lock(key)) {
            inTransaction(c -> {
                Optional<Document> current = find(c, key);
                check(pre, current, key);
                if (pre.isEmpty() && rule != PutPrecondition.OPTIONAL) {
                    if (current.isPresent()) {
                        throw XapiException.conflict(key.ctx.kind().idParam() + " " + docId + ": the document exists;"
                                + " check its current state and PUT again with If-Match set to its ETag, or"
                                + " If-None-Match: * to create only (Communication 3.1.s4.b13-b14)");
                    }
                    if (rule == PutPrecondition.ALWAYS) {
                        throw XapiException.badRequest("header If-Match or If-None-Match: required on a PUT to this"
                                + " resource; send If-None-Match: * to create " + key.ctx.kind().idParam() + " " + docId
                                + " (Communication 3.1.s3.b1, " + key.ctx.kind().section() + ")");
                    }
                }
                write(c, key, current.isPresent(), contentType, content);
            });
        }
    }

    /**
     * POST: creates the document, or merges a JSON object into the stored JSON object (Communication 2.2.s7, s8).
     */
    public void post(DocumentContext ctx, String docId, String contentType, byte[] content,
            DocumentPreconditions pre) {
        Key key = key(ctx, docId);
        boolean json = Document.isJson(contentType);
        JsonObject posted = json ? jsonObject(content, "body") : null;
        synchronized (lock(key)) {
            inTransaction(c -> {
                Optional<Document> current = find(c, key);
                check(pre, current, key);
                if (current.isEmpty()) {
                    write(c, key, false, contentType, content);
                    return;
                }
                Document existing = current.get();
                if (!json || !existing.isJson()) {
                    throw XapiException.badRequest(key.ctx.kind().idParam() + " " + docId + ": POST merges only an"
                            + " application/json object into a stored application/json object; the "
                            + (json ? "stored document is " + existing.contentType() : "body is " + contentType)
                            + " (Communication 2.2.s8.b1)");
                }
                JsonObject stored = jsonObject(existing.content(), "stored document " + docId);
                JsonObjectBuilder merged = JsonIo.object(stored);
                for (var e : posted.entrySet()) {
                    merged.add(e.getKey(), e.getValue());
                }
                write(c, key, true, existing.contentType(),
                        JsonIo.write(merged.build()).getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    /** Deletes one document (no error when there is none, unless If-Match says it must exist). */
    public void delete(DocumentContext ctx, String docId, DocumentPreconditions pre) {
        Key key = key(ctx, docId);
        synchronized (lock(key)) {
            inTransaction(c -> {
                Optional<Document> current = find(c, key);
                check(pre, current, key);
                if (current.isPresent()) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM XS_DOC WHERE store_id = ? AND kind = ?"
                            + " AND ctx = ? AND reg = ? AND doc_hash = ?")) {
                        bindDocument(ps, key);
                        ps.executeUpdate();
                    }
                }
            });
        }
    }

    /** Deletes every document of the context (without a registration: of every registration; 2.3.s5). */
    public void deleteAll(DocumentContext ctx) {
        Key key = key(ctx, "");
        String sql = "DELETE FROM XS_DOC WHERE store_id = ? AND kind = ? AND ctx = ?"
                + (ctx.registration().isPresent() ? " AND reg = ?" : "");
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bindContext(ps, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("document delete failed", e);
        }
    }

    /** The ETag of some content: lowercase SHA-1 hex (Communication 3.1.s4.b2). */
    public static String etag(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(DocumentPreconditions pre, Optional<Document> current, Key key) {
        if (!pre.holdFor(current)) {
            throw new XapiException(XapiException.Kind.PRECONDITION_FAILED, "header "
                    + (pre.ifMatch().isPresent() ? "If-Match" : "If-None-Match") + ": precondition failed for "
                    + key.ctx.kind().idParam() + " " + key.docId + (current.isPresent()
                            ? " (current ETag \"" + current.get().etag() + "\")" : " (no such document)")
                    + " (Communication 3.1.s4.b9)");
        }
    }

    private static JsonObject jsonObject(byte[] content, String what) {
        JsonValue v = JsonIo.parse(new String(content, StandardCharsets.UTF_8), what);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw XapiException.badRequest(what + ": must be a JSON object to be merged (Communication 2.2.s8.b1)");
        }
        return v.asJsonObject();
    }

    private Optional<Document> find(Connection c, Key key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content_type, etag, updated, body FROM XS_DOC"
                + " WHERE store_id = ? AND kind = ? AND ctx = ? AND reg = ? AND doc_hash = ?")) {
            bindDocument(ps, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Document(rs.getString(1), rs.getBytes(4), rs.getString(2), rs.getLong(3)));
            }
        }
    }

    private void write(Connection c, Key key, boolean exists, String contentType, byte[] content)
            throws SQLException {
        String sql = exists
                ? "UPDATE XS_DOC SET content_type = ?, etag = ?, updated = ?, body = ? WHERE store_id = ? AND kind = ?"
                        + " AND ctx = ? AND reg = ? AND doc_hash = ?"
                : "INSERT INTO XS_DOC (content_type, etag, updated, body, store_id, kind, ctx, reg, doc_hash, doc_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, contentType);
            ps.setString(2, etag(content));
            ps.setLong(3, Micros.now());
            ps.setBytes(4, content);
            ps.setLong(5, key.ctx.storeId());
            ps.setString(6, key.ctx.kind().code());
            ps.setString(7, key.ctxHash);
            ps.setString(8, key.reg);
            ps.setString(9, key.docHash);
            if (!exists) {
                ps.setString(10, key.docId);
            }
            ps.executeUpdate();
        }
    }

    /** Binds store, kind, ctx (and reg when the context has one); answers the next parameter index. */
    private static int bindContext(PreparedStatement ps, Key key) throws SQLException {
        ps.setLong(1, key.ctx.storeId());
        ps.setString(2, key.ctx.kind().code());
        ps.setString(3, key.ctxHash);
        if (key.ctx.registration().isPresent()) {
            ps.setString(4, key.reg);
            return 5;
        }
        return 4;
    }

    private static void bindDocument(PreparedStatement ps, Key key) throws SQLException {
        ps.setLong(1, key.ctx.storeId());
        ps.setString(2, key.ctx.kind().code());
        ps.setString(3, key.ctxHash);
        ps.setString(4, key.reg);
        ps.setString(5, key.docHash);
    }

    private static Key key(DocumentContext ctx, String docId) {
        if (docId.length() > 4000) {
            throw XapiException.badRequest(ctx.kind().idParam() + ": longer than this LRS accepts (4000 characters)");
        }
        String ctxHash = sha1(ctx.activityId() + "\n" + ctx.agentKey());
        return new Key(ctx, ctxHash, ctx.registration().orElse(""), docId, sha1(docId));
    }

    private static String sha1(String s) {
        return etag(s.getBytes(StandardCharsets.UTF_8)); // the same hash, of the text
    }

    private Object lock(Key key) {
        return locks[Math.floorMod((key.ctxHash + key.reg + key.docHash).hashCode() * 31
                + Long.hashCode(key.ctx.storeId()), STRIPES)];
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("document write failed", e);
        }
    }

    private Connection connection() throws SQLException {
        ensureSchema();
        return dataSource.getConnection();
    }

    private void ensureSchema() {
        if (initialized) {
            return;
        }
        writer.ensureInitialized(); // the statement schema first: both set the database's page size while creating
        synchronized (this) {
            if (initialized) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                Tables.create(c, "XS_DOC", List.of(DDL));
                initialized = true;
            } catch (SQLException e) {
                throw new IllegalStateException("creating the document table failed", e);
            }
        }
    }
}
