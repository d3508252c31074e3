package org.scorelink.xapi.control;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.scorelink.xapi.control.StatementKeys.ObjectKind;
import org.scorelink.xapi.control.StatementKeys.Posting;
import org.scorelink.xapi.control.StatementKeys.Role;
import org.scorelink.xapi.control.StatementKeys.TermKind;
import org.scorelink.xapi.entity.AttachmentData;
import org.scorelink.xapi.entity.IncomingStatement;
import org.scorelink.xapi.entity.StatementsStored;

/**
 * The statements of one group-commit transaction: checked and planned in memory (ids, storage sequences,
 * StatementRef inheritance, voiding), then written with JDBC batches. Used only by {@link StatementWriter},
 * one at a time, on the writer's connection; the writer commits or rolls back.
 */
final class WriteTransaction {

    private static final int MAX_INLINE_BODY = 32_000;
    private static final int MAX_REF_DEPTH = 8;

    private final Connection c;
    private final Terms terms;
    private final boolean probeExisting;
    private final PreparedStatement insertTerm;
    private final BitSet interactionTerms;
    private final Set<Integer> newInteractionTerms = new HashSet<>();
    private PreparedStatement insertNoDefine; // prepared only when a request without define scope comes
    private PreparedStatement insertInteraction; // prepared only when a first interaction definition comes
    private final Map<String, Planned> pending = new HashMap<>();
    private final List<Planned> planned = new ArrayList<>();
    private final Map<Long, List<String>> idsByStore = new HashMap<>();
    private Map<Long, Map<String, AttachmentData>> attachments; // null until a request brings some
    private long lastSeq;
    private long danglingAfter;

    WriteTransaction(Connection c, Terms terms, BitSet interactionTerms, long lastSeq, long danglingCount,
            boolean probeExisting) throws SQLException {
        this.c = c;
        this.terms = terms;
        this.interactionTerms = interactionTerms;
        this.lastSeq = lastSeq;
        this.danglingAfter = danglingCount;
        this.probeExisting = probeExisting;
        this.insertTerm = c.prepareStatement(Terms.insertSql());
    }

    /** The storage sequence of the last statement planned. */
    long lastSeq() {
        return lastSeq;
    }

    /** Activity terms whose first interaction definition this transaction records (see {@link DefinitionTables}). */
    Set<Integer> newInteractionTerms() {
        return newInteractionTerms;
    }

    /** Unresolved StatementRefs once this transaction commits. */
    long danglingCount() {
        return danglingAfter;
    }

    /**
     * Checks one request's statements against what is stored and planned, and plans them. Throws
     * {@link XapiException} (nothing of the request planned) for a duplicate id or a conflict. {@code defines}:
     * the client may (re)define Activities and Agents (scope {@code define} or {@code all}).
     */
    void plan(long store, List<IncomingStatement> statements, boolean defines) throws SQLException {
        List<Planned> mine = new ArrayList<>();
        Set<UUID> inRequest = new HashSet<>();
        for (IncomingStatement s : statements) {
            if (!inRequest.add(s.id())) {
                throw XapiException.badRequest("statements: the batch holds id " + s.id()
                        + " more than once (Communication 2.1.2.s2.b6)");
            }
            String pk = store + "/" + s.id();
            Planned earlier = pending.get(pk);
            if (earlier != null) {
                requireSame(earlier.in.statement(), s);
                continue;
            }
            if (s.idFromClient() && probeExisting) {
                Optional<JsonObject> existing = stored(store, s.id());
                if (existing.isPresent()) {
                    requireSame(existing.get(), s);
                    continue;
                }
            }
            mine.add(new Planned(store, s, StatementKeys.of(s.statement()), defines));
        }
        for (Planned p : mine) {
            p.seq = lastSeq = Math.max(lastSeq + 1, Micros.now());
            pending.put(p.store + "/" + p.in.id(), p);
            planned.add(p);
        }
    }

    /** Adds the raw data of a planned request's attachments, written with its statements. */
    void attach(long store, List<AttachmentData> data) {
        if (attachments == null) {
            attachments = new HashMap<>();
        }
        Map<String, AttachmentData> mine = attachments.computeIfAbsent(store, s -> new HashMap<>());
        data.forEach(a -> mine.putIfAbsent(a.sha2(), a));
    }

    private void requireSame(JsonObject existing, IncomingStatement s) {
        if (!StatementComparator.same(existing, s.statement())) {
            throw XapiException.conflict("statement " + s.id()
                    + ": a different statement with this id is already stored (Communication 2.1.2.s2.b5)");
        }
    }

    /** Writes everything planned with JDBC batches (the caller commits). */
    List<StatementsStored> flush() throws SQLException {
        List<StatementsStored> events = new ArrayList<>();
        if (attachments != null) {
            AttachmentStore.insertMissing(c, attachments);
        }
        if (planned.isEmpty()) {
            return events;
        }
        try (PreparedStatement stmt = c.prepareStatement("INSERT INTO XS_STMT (seq, store_id, id_hi, id_lo,"
                + " verb_tid, actor_tid, obj_kind, obj_tid, reg_hi, reg_lo, auth_tid, voided, voiding, ts_absent, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement big = c.prepareStatement("INSERT INTO XS_STMT_BIG (seq, body) VALUES (?, ?)");
                PreparedStatement post = c.prepareStatement("INSERT INTO XS_POSTING (k, seq) VALUES (?, ?)")) {
            // Voiding and StatementRef inheritance first: they may touch statements of this same batch.
            for (Planned p : planned) {
                if (p.keys.objectKind() == ObjectKind.STATEMENT_REF) {
                    resolveReference(p);
                }
            }
            resolveDangling();
            for (Planned p : planned) {
                StatementKeys k = p.keys;
                long store = p.store;
                stmt.setLong(1, p.seq);
                stmt.setLong(2, store);
                stmt.setLong(3, p.in.id().getMostSignificantBits());
                stmt.setLong(4, p.in.id().getLeastSignificantBits());
                List<Posting> all = new ArrayList<>(k.postings());
                all.addAll(p.inherited);
                if (k.objectKind() == ObjectKind.STATEMENT_REF) {
                    // Its own keys go to postings beside the inherited ones; the columns stay empty (StatementSchema).
                    all.addAll(k.ownKeysAsPostings());
                    stmt.setNull(5, Types.INTEGER);
                    stmt.setNull(6, Types.INTEGER);
                } else {
                    stmt.setInt(5, terms.intern(c, insertTerm, store, TermKind.VERB, k.verb()));
                    setTerm(stmt, 6, store, TermKind.AGENT, k.actor());
                }
                stmt.setShort(7, (short) k.objectKind().code());
                switch (k.objectKind()) {
                    case ACTIVITY -> setTerm(stmt, 8, store, TermKind.ACTIVITY, k.object());
                    case AGENT -> setTerm(stmt, 8, store, TermKind.AGENT, k.object());
                    default -> stmt.setNull(8, Types.INTEGER);
                }
                if (k.registration() == null || k.objectKind() == ObjectKind.STATEMENT_REF) {
                    stmt.setNull(9, Types.BIGINT);
                    stmt.setNull(10, Types.BIGINT);
                } else {
                    // Registrations are nearly unique per learner and course: columns, not interned terms.
                    UUID r = UUID.fromString(k.registration());
                    stmt.setLong(9, r.getMostSignificantBits());
                    stmt.setLong(10, r.getLeastSignificantBits());
                }
                setTerm(stmt, 11, store, TermKind.AGENT, k.authority());
                stmt.setShort(12, (short) (p.voided ? 1 : 0));
                stmt.setShort(13, (short) (k.isVoiding() ? 1 : 0));
                stmt.setShort(14, (short) (p.in.timestampAbsent() ? 1 : 0));
                if (p.in.body().length() <= MAX_INLINE_BODY) {
                    stmt.setString(15, p.in.body());
                } else {
                    stmt.setNull(15, Types.VARCHAR);
                    big.setLong(1, p.seq);
                    big.setCharacterStream(2, new StringReader(p.in.body()), p.in.body().length());
                    big.addBatch();
                }
                stmt.addBatch();
                Set<Long> seen = new HashSet<>();
                for (Posting posting : all) {
                    long key = postingKey(terms.intern(c, insertTerm, store, posting.kind(), posting.value()),
                            posting.role());
                    if (seen.add(key)) {
                        post.setLong(1, key);
                        post.setLong(2, p.seq);
                        post.addBatch();
                    }
                }
                idsByStore.computeIfAbsent(store, s -> new ArrayList<>()).add(p.in.id().toString());
                if (!p.defines) {
                    noDefine(p.seq);
                } else if (p.in.body().contains("\"interactionType\"")) {
                    firstInteractions(p);
                }
            }
            insertTerm.executeBatch();
            stmt.executeBatch();
            big.executeBatch();
            post.executeBatch();
            if (insertNoDefine != null) {
                insertNoDefine.executeBatch();
            }
            if (insertInteraction != null) {
                insertInteraction.executeBatch();
            }
        } finally {
            insertTerm.close();
            if (insertNoDefine != null) {
                insertNoDefine.close();
            }
            if (insertInteraction != null) {
                insertInteraction.close();
            }
        }
        long from = planned.get(0).seq;
        long to = planned.get(planned.size() - 1).seq;
        idsByStore.forEach((store, ids) -> events.add(new StatementsStored(store, List.copyOf(ids), from, to)));
        return events;
    }

    /** A statement whose client may not define: its definitions will not count (see {@link DefinitionTables}). */
    private void noDefine(long seq) throws SQLException {
        if (insertNoDefine == null) {
            insertNoDefine = c.prepareStatement(DefinitionTables.INSERT_NODEFINE);
        }
        insertNoDefine.setLong(1, seq);
        insertNoDefine.addBatch();
    }

    /** Records this statement for each Activity it is the first to give an interaction definition. */
    private void firstInteractions(Planned p) throws SQLException {
        List<String> iris = new ArrayList<>(2);
        ActivityDefinition.forEach(p.in.statement(), (iri, definition) -> {
            if (definition.containsKey("interactionType")) {
                iris.add(iri);
            }
        });
        for (String iri : iris) {
            int tid = terms.intern(c, insertTerm, p.store, TermKind.ACTIVITY, iri);
            if (!interactionTerms.get(tid) && newInteractionTerms.add(tid)) {
                if (insertInteraction == null) {
                    insertInteraction = c.prepareStatement(DefinitionTables.INSERT_INTERACTION);
                }
                insertInteraction.setInt(1, tid);
                insertInteraction.setLong(2, p.seq);
                insertInteraction.addBatch();
            }
        }
    }

    private void setTerm(PreparedStatement ps, int index, long store, TermKind kind, String value)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, terms.intern(c, insertTerm, store, kind, value));
        }
    }

    /** A statement targeting another inherits its filter keys; a voiding statement voids its target. */
    private void resolveReference(Planned p) throws SQLException {
        UUID target = UUID.fromString(p.keys.object());
        Optional<Target> t = findTarget(p.store, target);
        if (t.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO XS_DANGLING (store_id, id_hi, id_lo, seq) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, p.store);
                ps.setLong(2, target.getMostSignificantBits());
                ps.setLong(3, target.getLeastSignificantBits());
                ps.setLong(4, p.seq);
                ps.executeUpdate();
            }
            danglingAfter++;
            return;
        }
        p.inherited.addAll(inheritedChain(p.store, t.get().keys(), 0));
        if (p.keys.isVoiding() && !t.get().keys().isVoiding()) {
            voidTarget(p.store, target, t.get());
        }
    }

    private List<Posting> inheritedChain(long store, StatementKeys keys, int depth) throws SQLException {
        List<Posting> out = new ArrayList<>(keys.inheritedBy());
        if (keys.objectKind() == ObjectKind.STATEMENT_REF && depth < MAX_REF_DEPTH) {
            Optional<Target> next = findTarget(store, UUID.fromString(keys.object()));
            if (next.isPresent()) {
                out.addAll(inheritedChain(store, next.get().keys(), depth + 1));
            }
        }
        return out;
    }

    private void voidTarget(long store, UUID target, Target t) throws SQLException {
        if (t.planned() != null) {
            t.planned().voided = true;
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE XS_STMT SET voided = 1 WHERE store_id = ? AND id_hi = ? AND id_lo = ? AND voiding = 0")) {
            ps.setLong(1, store);
            ps.setLong(2, target.getMostSignificantBits());
            ps.setLong(3, target.getLeastSignificantBits());
            ps.executeUpdate();
        }
    }

    /** Statements stored earlier that reference statements arriving now. */
    private void resolveDangling() throws SQLException {
        if (danglingAfter == 0) {
            return;
        }
        try (PreparedStatement find = c.prepareStatement(
                "SELECT seq FROM XS_DANGLING WHERE store_id = ? AND id_hi = ? AND id_lo = ?");
                PreparedStatement del = c.prepareStatement(
                        "DELETE FROM XS_DANGLING WHERE store_id = ? AND id_hi = ? AND id_lo = ?");
                PreparedStatement post = c.prepareStatement("INSERT INTO XS_POSTING (k, seq) VALUES (?, ?)")) {
            for (Planned p : planned) {
                find.setLong(1, p.store);
                find.setLong(2, p.in.id().getMostSignificantBits());
                find.setLong(3, p.in.id().getLeastSignificantBits());
                List<Long> referrers = new ArrayList<>();
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        referrers.add(rs.getLong(1));
                    }
                }
                if (referrers.isEmpty()) {
                    continue;
                }
                p.referenced = true;
                List<Posting> inherited = inheritedChain(p.store, p.keys, 0);
                for (long referrer : referrers) {
                    Set<Long> seen = new HashSet<>();
                    for (Posting posting : inherited) {
                        long key = postingKey(terms.intern(c, insertTerm, p.store, posting.kind(),
                                posting.value()), posting.role());
                        if (seen.add(key)) {
                            post.setLong(1, key);
                            post.setLong(2, referrer);
                            post.addBatch();
                        }
                    }
                    if (!p.keys.isVoiding() && isVoiding(referrer)) {
                        p.voided = true;
                    }
                }
                del.setLong(1, p.store);
                del.setLong(2, p.in.id().getMostSignificantBits());
                del.setLong(3, p.in.id().getLeastSignificantBits());
                danglingAfter -= del.executeUpdate();
            }
            post.executeBatch();
        }
    }

    private boolean isVoiding(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT voiding FROM XS_STMT WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getShort(1) == 1;
            }
        }
    }

    private Optional<Target> findTarget(long store, UUID id) throws SQLException {
        Planned p = pending.get(store + "/" + id);
        if (p != null) {
            return Optional.of(new Target(p.keys, p));
        }
        return stored(store, id).map(statement -> new Target(StatementKeys.of(statement), null));
    }

    /** The statement stored earlier (voided or not) with this id. */
    private Optional<JsonObject> stored(long store, UUID id) throws SQLException {
        return StatementReader.bodyById(c, store, id).map(body -> JsonIo.parseObject(body, "stored statement"));
    }

    static long postingKey(int tid, Role role) {
        return ((long) tid << 3) | role.code();
    }

    private record Target(StatementKeys keys, Planned planned) {
    }

    /**
     * Per store, every Activity the planned statements are found under (object, SubStatement object, context
     * activities, and what a StatementRef or voiding statement inherits from its target), with what that may change
     * in its canonical definition ({@link DefinitionCache}).
     */
    Map<Long, Map<String, Mention>> activityMentions() {
        Map<Long, Map<String, Mention>> out = new HashMap<>();
        for (Planned p : planned) {
            Set<String> mentioned = new HashSet<>();
            if (p.keys.objectKind() == ObjectKind.ACTIVITY) {
                mentioned.add(p.keys.object());
            }
            for (List<Posting> list : List.of(p.keys.postings(), p.inherited)) {
                for (Posting posting : list) {
                    if (posting.kind() == TermKind.ACTIVITY) {
                        mentioned.add(posting.value());
                    }
                }
            }
            // Plain: read by the definition scan but contributing nothing. A definition from a client that may
            // define, a reference (voiding or inheriting), a statement voided on arrival or one that earlier
            // references now point to (they become mentions among older statements) may change more.
            Set<String> defined = new HashSet<>();
            boolean reference = p.keys.objectKind() == ObjectKind.STATEMENT_REF || p.voided || p.referenced;
            if (p.defines && !reference) {
                ActivityDefinition.forEach(p.in.statement(), (iri, d) -> defined.add(iri));
            }
            Map<String, Mention> mine = out.computeIfAbsent(p.store, s -> new HashMap<>());
            for (String iri : mentioned) {
                boolean plain = !reference && !defined.contains(iri);
                mine.merge(iri, new Mention(plain ? 1 : 0, !plain, p.seq), Mention::plus);
            }
        }
        return out;
    }

    /**
     * How one transaction mentions one Activity: {@code plain} statements that contribute nothing to its definition,
     * whether any other statement ({@code changes}) does or may, and the newest storage sequence among them.
     */
    record Mention(int plain, boolean changes, long newestSeq) {
        Mention plus(Mention other) {
            return new Mention(plain + other.plain, changes || other.changes, Math.max(newestSeq, other.newestSeq));
        }
    }

    /** A statement of this transaction with its storage sequence and what it inherits. */
    private static final class Planned {
        final long store;
        final IncomingStatement in;
        final StatementKeys keys;
        final boolean defines;
        final List<Posting> inherited = new ArrayList<>();
        long seq;
        boolean voided;
        /** Statements stored earlier reference this one: they now match its keys, from the middle of the past. */
        boolean referenced;

        Planned(long store, IncomingStatement in, StatementKeys keys, boolean defines) {
            this.store = store;
            this.in = in;
            this.keys = keys;
            this.defines = defines;
        }
    }
}
