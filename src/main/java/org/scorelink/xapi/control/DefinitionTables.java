package org.scorelink.xapi.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Two small side tables that let the read-time assembly of canonical Activity definitions and Person objects
 * ({@link Definitions}) know what it cannot see in the statements themselves. Both are written by
 * {@link WriteTransaction} in the statements' own transaction, and only for the statements concerned, so a
 * statement from a client with {@code define} that carries no interaction definition costs nothing more.
 * Created idempotently, so a database created before them needs no migration.
 *
 * <ul>
 * <li>{@code XS_NODEFINE (seq)}: statements stored by a client without scope {@code define} or {@code all}.
 * Their ids are saved like any other, but they do not update the canonical representation of Activities or
 * Agents (xAPI 1.0.3 Communication 4.2.s2.table1.row4; Data 2.4.4.1.s4.b3, IEEE 9274.1.1 4.2.4.3: the LRS
 * decides whether the provider may change a definition).</li>
 * <li>{@code XS_INTERACTION (tid, seq)}: per Activity term, the first statement from a defining client that gave
 * the Activity an interaction definition ({@code interactionType}). The canonical interaction properties come
 * from it however many statements follow (Data 2.4.4.1.s4.b5: no significant changes such as to the correct
 * responses).</li>
 * </ul>
 */
final class DefinitionTables {

    static final String INSERT_NODEFINE = "INSERT INTO XS_NODEFINE (seq) VALUES (?)";
    static final String INSERT_INTERACTION = "INSERT INTO XS_INTERACTION (tid, seq) VALUES (?, ?)";
    /** Primary-key probes per query: Derby compiles each IN list into code, so keep lists short. */
    private static final int PROBES = 100;

    private DefinitionTables() {
    }

    /** Creates the tables when missing (idempotent); called by the writer when it opens the store. */
    static void ensure(Connection c) throws SQLException {
        Tables.create(c, "XS_NODEFINE",
                List.of("CREATE TABLE XS_NODEFINE (seq BIGINT NOT NULL CONSTRAINT XS_NODEFINE_PK PRIMARY KEY)"));
        Tables.create(c, "XS_INTERACTION", List.of("CREATE TABLE XS_INTERACTION (tid INT NOT NULL"
                + " CONSTRAINT XS_INTERACTION_PK PRIMARY KEY, seq BIGINT NOT NULL)"));
    }

    /** The Activity terms that already have their first interaction definition recorded. */
    static BitSet interactionTerms(Connection c) throws SQLException {
        BitSet out = new BitSet();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT tid FROM XS_INTERACTION")) {
            while (rs.next()) {
                out.set(rs.getInt(1));
            }
        }
        return out;
    }

    /** Those of {@code seqs} that were stored by a client without {@code define}. */
    static Set<Long> withoutDefine(Connection c, Collection<Long> seqs) throws SQLException {
        Set<Long> out = new HashSet<>();
        List<Long> all = List.copyOf(seqs);
        for (int from = 0; from < all.size(); from += PROBES) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + PROBES));
            String sql = "SELECT seq FROM XS_NODEFINE WHERE seq IN (" + "?, ".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    /** The storage sequence of the first statement that gave Activity term {@code tid} an interaction. */
    static OptionalLong firstInteraction(Connection c, int tid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM XS_INTERACTION WHERE tid = ?")) {
            ps.setInt(1, tid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
