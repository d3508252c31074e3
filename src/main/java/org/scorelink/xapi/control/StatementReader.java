package org.scorelink.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import javax.sql.DataSource;
import org.scorelink.xapi.control.StatementKeys.Role;
import org.scorelink.xapi.control.StatementKeys.TermKind;
import org.scorelink.xapi.entity.StatementQuery;
import org.scorelink.xapi.entity.StoredStatement;

/**
 * Answers statement queries from the indexes. A filter is served by one or more ordered index ranges
 * ("sources": a column index plus posting lists), each read only as far as the page needs, then merged;
 * the other filters are checked on the rows found. No query scans the statement table.
 */
@ApplicationScoped
public class StatementReader {

    private static final String COLUMNS = "s.seq, s.ts_absent, s.body";
    private static final Map<String, String> INDEXES = Map.of("verb_tid", "XS_STMT_VERB", "actor_tid",
            "XS_STMT_ACTOR", "obj_tid", "XS_STMT_OBJ", "auth_tid", "XS_STMT_AUTH");

    @Resource(lookup = "jdbc/scorelink")
    DataSource dataSource;

    @Inject
    StatementWriter writer;

    /** One page of results; {@code more} when further statements match. */
    public record Page(List<StoredStatement> statements, boolean more) {
    }

    /** A single statement by id: not voided, or (with {@code voided}) only if voided (Communication 2.1.4). */
    public Optional<StoredStatement> byId(long store, UUID id, boolean voided, Optional<String> mine) {
        writer.ensureInitialized();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", s.voided, s.auth_tid"
                        + " FROM XS_STMT s WHERE s.store_id = ? AND s.id_hi = ? AND s.id_lo = ?")) {
            ps.setLong(1, store);
            ps.setLong(2, id.getMostSignificantBits());
            ps.setLong(3, id.getLeastSignificantBits());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || (rs.getShort(4) == 1) != voided) {
                    return Optional.empty();
                }
                if (mine.isPresent()) {
                    OptionalInt auth = writer.terms().find(c, store, TermKind.AGENT, mine.get());
                    if (auth.isEmpty() || auth.getAsInt() != rs.getInt(5)) {
                        return Optional.empty();
                    }
                }
                return Optional.of(read(c, rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statement lookup failed", e);
        }
    }

    public Page query(long store, StatementQuery q) {
        writer.ensureInitialized();
        if (q.after() >= q.upTo()) {
            return new Page(List.of(), false);
        }
        try (Connection c = dataSource.getConnection()) {
            Optional<Plan> plan = plan(c, store, q);
            if (plan.isEmpty()) {
                return new Page(List.of(), false); // a filter names something never stored
            }
            Map<Long, StoredStatement> merged = new LinkedHashMap<>();
            for (Source source : plan.get().sources) {
                for (StoredStatement s : run(c, store, q, source, plan.get().checks)) {
                    merged.putIfAbsent(s.seq(), s);
                }
            }
            Comparator<StoredStatement> order = Comparator.comparingLong(StoredStatement::seq);
            List<StoredStatement> all = new ArrayList<>(merged.values());
            all.sort(q.ascending() ? order : order.reversed());
            boolean more = all.size() > q.limit();
            return new Page(more ? List.copyOf(all.subList(0, q.limit())) : all, more);
        } catch (SQLException e) {
            throw new IllegalStateException("statement query failed", e);
        }
    }

    /**
     * An ordered index range: rows of {@code index} matching {@code predicate} (a column source), the posting
     * list {@code params[0]} ({@code index} null), or the whole store ({@code predicate} null).
     */
    private record Source(String index, String predicate, List<Long> params, boolean neverRefs) {

        /** StatementRef statements leave verb, actor, object and registration empty, not the authority. */
        static Source column(String column, int tid) {
            return new Source(INDEXES.get(column), "s." + column + " = ?", List.of((long) tid),
                    !column.equals("auth_tid"));
        }

        static Source posting(int tid, Role role) {
            return new Source(null, "", List.of(WriteTransaction.postingKey(tid, role)), false);
        }

        boolean isPosting() {
            return index == null && predicate != null;
        }
    }

    /**
     * A filter checked on a found row: a SQL predicate on {@code s} with its parameters, and (when the filter
     * can only be met through postings by StatementRef statements) the plain column comparison that decides it
     * for rows found through a column index, which are never StatementRef statements.
     */
    private record Check(String sql, List<Long> params, String plainSql, List<Long> plainParams) {

        Check(String sql, List<Long> params) {
            this(sql, params, null, null);
        }

        String sql(boolean columnSource) {
            return columnSource && plainSql != null ? plainSql : sql;
        }

        List<Long> params(boolean columnSource) {
            return columnSource && plainSql != null ? plainParams : params;
        }
    }

    private record Plan(List<Source> sources, List<Check> checks) {
    }

    /** Resolves the filters to term ids and picks the most selective one to drive the scan. */
    private Optional<Plan> plan(Connection c, long store, StatementQuery q) throws SQLException {
        Terms terms = writer.terms();
        List<Source> sources = null;
        List<Check> checks = new ArrayList<>();

        if (q.registration().isPresent()) {
            UUID r = UUID.fromString(q.registration().get());
            List<Source> s = new ArrayList<>(List.of(new Source("XS_STMT_REG", "s.reg_hi = ? AND s.reg_lo = ?",
                    List.of(r.getMostSignificantBits(), r.getLeastSignificantBits()), true)));
            // Registrations are columns, not terms; only one inherited through a StatementRef has a term.
            terms.find(c, store, TermKind.REGISTRATION, q.registration().get())
                    .ifPresent(t -> s.add(Source.posting(t, Role.REGISTRATION)));
            sources = drive(sources, s, checks, true);
        }
        if (q.agent().isPresent()) {
            OptionalInt t = terms.find(c, store, TermKind.AGENT, q.agent().get());
            if (t.isEmpty()) {
                return Optional.empty();
            }
            int a = t.getAsInt();
            List<Source> s = new ArrayList<>(List.of(Source.column("actor_tid", a), Source.column("obj_tid", a),
                    Source.posting(a, Role.AGENT)));
            if (q.relatedAgents()) {
                s.add(Source.column("auth_tid", a));
                s.add(Source.posting(a, Role.RELATED_AGENT));
            }
            sources = drive(sources, s, checks, false);
        }
        if (q.activity().isPresent()) {
            OptionalInt t = terms.find(c, store, TermKind.ACTIVITY, q.activity().get());
            if (t.isEmpty()) {
                return Optional.empty();
            }
            int a = t.getAsInt();
            List<Source> s = new ArrayList<>(List.of(Source.column("obj_tid", a), Source.posting(a, Role.ACTIVITY)));
            if (q.relatedActivities()) {
                s.add(Source.posting(a, Role.RELATED_ACTIVITY));
            }
            sources = drive(sources, s, checks, !q.relatedActivities());
        }
        if (q.verb().isPresent()) {
            OptionalInt t = terms.find(c, store, TermKind.VERB, q.verb().get());
            if (t.isEmpty()) {
                return Optional.empty();
            }
            sources = drive(sources, List.of(Source.column("verb_tid", t.getAsInt()),
                    Source.posting(t.getAsInt(), Role.VERB)), checks, true);
        }
        if (q.mine().isPresent()) {
            OptionalInt t = terms.find(c, store, TermKind.AGENT, q.mine().get());
            if (t.isEmpty()) {
                return Optional.empty();
            }
            checks.add(new Check("s.auth_tid = ?", List.of((long) t.getAsInt())));
        }
        if (sources == null) {
            sources = List.of(new Source(null, null, List.of(), false));
        }
        return Optional.of(new Plan(sources, checks));
    }

    /**
     * The first filter drives the scan; later filters become checks (an OR over their sources). When the
     * filter's postings can only belong to StatementRef statements ({@code refOnlyPostings}: verb, activity,
     * registration), rows found through a column index are decided by the column comparison alone, which
     * Derby applies inside the driving index (its entries carry verb and object) before fetching any row.
     */
    private static List<Source> drive(List<Source> driving, List<Source> candidate, List<Check> checks,
            boolean refOnlyPostings) {
        if (driving == null) {
            return candidate;
        }
        StringBuilder sql = new StringBuilder("(");
        List<String> columns = new ArrayList<>();
        List<Long> params = new ArrayList<>();
        List<Long> columnParams = new ArrayList<>();
        for (Source s : candidate) {
            if (sql.length() > 1) {
                sql.append(" OR ");
            }
            if (s.isPosting()) {
                sql.append("EXISTS (SELECT 1 FROM XS_POSTING q WHERE q.k = ? AND q.seq = s.seq)");
            } else {
                sql.append('(').append(s.predicate()).append(')');
                columns.add(s.predicate());
                columnParams.addAll(s.params());
            }
            params.addAll(s.params());
        }
        sql.append(')');
        if (refOnlyPostings && columns.size() == 1) {
            checks.add(new Check(sql.toString(), params, columns.get(0), columnParams));
        } else {
            checks.add(new Check(sql.toString(), params));
        }
        return driving;
    }

    private List<StoredStatement> run(Connection c, long store, StatementQuery q, Source source, List<Check> checks)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
        List<Long> params = new ArrayList<>();
        String seqColumn;
        if (source.predicate() == null) {
            // No key filter: the store's newest-first index, or the primary key for oldest-first.
            sql.append(q.ascending()
                    ? " FROM --DERBY-PROPERTIES joinOrder=FIXED\n XS_STMT s --DERBY-PROPERTIES constraint=XS_STMT_PK\n"
                    : " FROM --DERBY-PROPERTIES joinOrder=FIXED\n XS_STMT s --DERBY-PROPERTIES index=XS_STMT_STORE\n");
            sql.append(" WHERE s.store_id = ?");
            params.add(store);
            seqColumn = "s.seq";
        } else if (source.isPosting()) {
            sql.append(" FROM --DERBY-PROPERTIES joinOrder=FIXED\n XS_POSTING p --DERBY-PROPERTIES index=XS_POSTING_K\n"
                    + ", XS_STMT s --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n"
                    + " WHERE p.k = ? AND s.seq = p.seq AND s.store_id = ?");
            params.addAll(source.params());
            params.add(store);
            seqColumn = "p.seq";
        } else {
            // Pin the plan: the key's (key, seq DESC) index drives, other filters are checked per row.
            sql.append(" FROM --DERBY-PROPERTIES joinOrder=FIXED\n XS_STMT s --DERBY-PROPERTIES index=")
                    .append(source.index()).append("\n WHERE ").append(source.predicate())
                    .append(" AND s.store_id = ?");
            params.addAll(source.params());
            params.add(store);
            seqColumn = "s.seq";
        }
        sql.append(" AND ").append(seqColumn).append(" > ? AND ").append(seqColumn).append(" <= ? AND s.voided = 0");
        params.add(q.after());
        params.add(q.upTo());
        boolean columnSource = source.neverRefs();
        for (Check check : checks) {
            sql.append(" AND ").append(check.sql(columnSource));
            params.addAll(check.params(columnSource));
        }
        sql.append(" ORDER BY ").append(seqColumn).append(q.ascending() ? " ASC" : " DESC")
                .append(" FETCH FIRST ").append(q.limit() + 1).append(" ROWS ONLY");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setLong(i + 1, params.get(i));
            }
            List<StoredStatement> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(c, rs));
                }
            }
            return out;
        }
    }

    private static StoredStatement read(Connection c, ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        String body = rs.getString(3);
        if (body == null) {
            body = bigBody(c, seq);
        }
        return new StoredStatement(seq, body, rs.getShort(2) == 1);
    }

    private static String bigBody(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM XS_STMT_BIG WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("statement body missing for seq " + seq);
                }
                return rs.getString(1);
            }
        }
    }

    /** A statement by storage sequence, unless it is voided. */
    static Optional<StoredStatement> bySeq(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM XS_STMT s WHERE s.seq = ? AND s.voided = 0")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        }
    }

    /** The stored body (voided or not) of a statement, for conflict checks and reference resolution. */
    static Optional<String> bodyById(Connection c, long store, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM XS_STMT s WHERE s.store_id = ? AND s.id_hi = ? AND s.id_lo = ?")) {
            ps.setLong(1, store);
            ps.setLong(2, id.getMostSignificantBits());
            ps.setLong(3, id.getLeastSignificantBits());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs).body()) : Optional.empty();
            }
        }
    }
}
