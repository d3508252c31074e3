package org.scorelink.xapi.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.scorelink.xapi.control.StatementKeys.TermKind;

/**
 * Interns IRIs, agent identifiers and registrations to integer ids per store, so that indexes hold 4-byte
 * keys instead of long strings. Lookups are served from a bounded in-memory map; only the single statement
 * writer creates terms, so ids are handed out without database sequences or locks.
 */
final class Terms {

    private static final int MAX_CACHED = 200_000;

    private final ConcurrentHashMap<String, Integer> cache = new ConcurrentHashMap<>();
    private int nextId;

    /** Every stored term is in the cache: a miss then means "not stored", with no database lookup. */
    private volatile boolean complete;

    /** Terms created in the writer's open transaction: forgotten again if it rolls back. */
    private final List<String> created = new ArrayList<>();

    void init(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            int count;
            try (ResultSet rs = s.executeQuery("SELECT MAX(tid), COUNT(*) FROM XS_TERM")) {
                rs.next();
                nextId = rs.getInt(1) + 1;
                count = rs.getInt(2);
            }
            if (count < MAX_CACHED / 2) {
                try (ResultSet rs = s.executeQuery("SELECT tid, store_id, kind, val FROM XS_TERM")) {
                    while (rs.next()) {
                        cache.put(rs.getLong(2) + "/" + rs.getString(3) + rs.getString(4), rs.getInt(1));
                    }
                }
                complete = true;
            }
        }
    }

    /** Finds a term without creating it (queries): empty means no statement can match it. */
    OptionalInt find(Connection c, long store, TermKind kind, String value) throws SQLException {
        String key = key(store, kind, value);
        Integer cached = cache.get(key);
        if (cached != null) {
            return OptionalInt.of(cached);
        }
        if (complete) {
            return OptionalInt.empty();
        }
        Optional<Integer> found = load(c, store, kind, value);
        found.ifPresent(id -> put(key, id));
        return found.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** Finds or creates a term; called only by the writer inside its transaction. */
    int intern(Connection c, PreparedStatement insert, long store, TermKind kind, String value) throws SQLException {
        String key = key(store, kind, value);
        Integer cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<Integer> found = complete ? Optional.empty() : load(c, store, kind, value);
        if (found.isPresent()) {
            put(key, found.get());
            return found.get();
        }
        int id = nextId++;
        insert.setInt(1, id);
        insert.setLong(2, store);
        insert.setString(3, String.valueOf(kind.code()));
        insert.setLong(4, hash(value));
        insert.setString(5, value);
        insert.addBatch();
        put(key, id);
        created.add(key);
        return id;
    }

    static String insertSql() {
        return "INSERT INTO XS_TERM (tid, store_id, kind, hash, val) VALUES (?, ?, ?, ?, ?)";
    }

    void committed() {
        created.clear();
    }

    void rolledBack() {
        created.forEach(cache::remove);
        created.clear();
    }

    private void put(String key, int id) {
        if (cache.size() >= MAX_CACHED) {
            // Bounded: drop about half (never this transaction's new terms); misses cost one indexed lookup.
            complete = false;
            var keep = new java.util.HashSet<>(created);
            int i = 0;
            for (var it = cache.keySet().iterator(); it.hasNext();) {
                String k = it.next();
                if ((i++ & 1) == 0 && !keep.contains(k)) {
                    it.remove();
                }
            }
        }
        cache.put(key, id);
    }

    private Optional<Integer> load(Connection c, long store, TermKind kind, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tid, val FROM XS_TERM WHERE store_id = ? AND kind = ? AND hash = ?")) {
            ps.setLong(1, store);
            ps.setString(2, String.valueOf(kind.code()));
            ps.setLong(3, hash(value));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!value.equals(rs.getString(2))) {
                    throw new IllegalStateException("64-bit hash collision between terms '" + value + "' and '"
                            + rs.getString(2) + "'");
                }
                return Optional.of(rs.getInt(1));
            }
        }
    }

    private static String key(long store, TermKind kind, String value) {
        return store + "/" + kind.code() + value;
    }

    static long hash(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
