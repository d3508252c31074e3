package org.scorelink.xapi.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The statement store's tables. Lean on purpose: Derby's cost is B-tree inserts, so a statement is one row
 * with integer (interned) keys and a handful of narrow {@code (key, seq DESC)} indexes, plus posting rows
 * only for what a column cannot hold (group members, related agents/activities, inherited keys). A statement
 * whose object is a StatementRef keeps its verb, actor and registration in postings too, beside the keys it
 * inherits, and leaves those columns empty: so a row found through a column is never a StatementRef
 * statement, and filters on the other columns are plain comparisons Derby can apply inside the index.
 * {@code seq} is the stored time in microseconds since the epoch, unique and increasing: it orders results,
 * pages them and answers {@code since}/{@code until} without a separate timestamp index.
 */
final class StatementSchema {

    static final int VERSION = 3;

    private static final List<String> DDL = List.of(
            "CREATE TABLE XS_SCHEMA (version INT NOT NULL)",
            "CREATE TABLE XS_TERM (tid INT NOT NULL PRIMARY KEY, store_id BIGINT NOT NULL, kind CHAR(1) NOT NULL,"
                    + " hash BIGINT NOT NULL, val VARCHAR(8000) NOT NULL)",
            "CREATE UNIQUE INDEX XS_TERM_KEY ON XS_TERM (store_id, kind, hash)",
            "CREATE TABLE XS_STMT (seq BIGINT NOT NULL CONSTRAINT XS_STMT_PK PRIMARY KEY, store_id BIGINT NOT NULL,"
                    + " id_hi BIGINT NOT NULL, id_lo BIGINT NOT NULL, verb_tid INT, actor_tid INT,"
                    + " obj_kind SMALLINT NOT NULL, obj_tid INT, reg_hi BIGINT, reg_lo BIGINT, auth_tid INT,"
                    + " voided SMALLINT NOT NULL, voiding SMALLINT NOT NULL, ts_absent SMALLINT NOT NULL,"
                    + " body VARCHAR(32672))",
            "CREATE UNIQUE INDEX XS_STMT_ID ON XS_STMT (store_id, id_hi, id_lo)",
            "CREATE INDEX XS_STMT_STORE ON XS_STMT (store_id, seq DESC)",
            "CREATE INDEX XS_STMT_VERB ON XS_STMT (verb_tid, seq DESC)",
            // Trailing columns let the other common filters (verb, activity) be checked inside the index.
            "CREATE INDEX XS_STMT_ACTOR ON XS_STMT (actor_tid, seq DESC, verb_tid, obj_tid)",
            "CREATE INDEX XS_STMT_OBJ ON XS_STMT (obj_tid, seq DESC, verb_tid)",
            "CREATE INDEX XS_STMT_REG ON XS_STMT (reg_hi, reg_lo, seq DESC)",
            "CREATE INDEX XS_STMT_AUTH ON XS_STMT (auth_tid, seq DESC)",
            "CREATE TABLE XS_POSTING (k BIGINT NOT NULL, seq BIGINT NOT NULL)",
            "CREATE INDEX XS_POSTING_K ON XS_POSTING (k, seq DESC)",
            "CREATE TABLE XS_STMT_BIG (seq BIGINT NOT NULL PRIMARY KEY, body CLOB NOT NULL)",
            "CREATE TABLE XS_DANGLING (store_id BIGINT NOT NULL, id_hi BIGINT NOT NULL, id_lo BIGINT NOT NULL,"
                    + " seq BIGINT NOT NULL)",
            "CREATE INDEX XS_DANGLING_ID ON XS_DANGLING (store_id, id_hi, id_lo)");

    private StatementSchema() {
    }

    /** Creates the tables when the database is new; a no-op afterwards. */
    static void ensure(Connection c) throws SQLException {
        if (exists(c)) {
            int found = version(c);
            if (found != VERSION) {
                throw new IllegalStateException("the statement tables have schema version " + found
                        + " but this build needs " + VERSION + "; there is no automatic migration before the first "
                        + "release: move the data folder (scorelink.data.dir) aside to start afresh");
            }
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            // Derby picks 32 KB pages for any table with a wide VARCHAR; with a page cache sized in pages that
            // would multiply its heap use by eight. 8 KB pages hold four typical statements.
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.pageSize', '8192')");
            for (String ddl : DDL) {
                s.executeUpdate(ddl);
            }
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.pageSize', NULL)");
            s.executeUpdate("INSERT INTO XS_SCHEMA (version) VALUES (" + VERSION + ")");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            if (!exists(c)) {
                throw e;
            }
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT MAX(version) FROM XS_SCHEMA")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        return Tables.exists(c, "XS_SCHEMA");
    }
}
