package org.scorelink.xapi.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Idempotent creation of the xAPI component's tables. {@code scorecard.control.Tables} is a deliberate copy without
 * the page-size setting (scorecard must not import xapi); a fix to the shared part belongs in both.
 */
final class Tables {

    private Tables() {
    }

    static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    /**
     * Runs {@code ddl} unless {@code table} exists. Tables and indexes get 8 KB pages: Derby would pick 32 KB
     * for any table with a wide VARCHAR or a LOB, and its page cache is sized in pages, so that would multiply
     * its heap use; 8 KB pages hold four typical statements, and large values go to overflow pages anyway.
     */
    static void create(Connection c, String table, List<String> ddl) throws SQLException {
        if (exists(c, table)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.pageSize', '8192')");
            try {
                for (String sql : ddl) {
                    s.executeUpdate(sql);
                }
            } catch (SQLException e) {
                if (!"X0Y32".equals(e.getSQLState())) { // already exists: another server got there first
                    throw e;
                }
            } finally {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.pageSize', NULL)");
            }
        }
    }
}
