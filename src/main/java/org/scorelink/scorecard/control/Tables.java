package org.scorelink.scorecard.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Idempotent creation of the scorecard component's tables. A deliberate copy of {@code xapi.control.Tables} rather
 * than a shared helper: scorecard must not import xapi (dependencies point one way, see {@code docs/architecture.md}),
 * and the two differ on purpose. Unlike the xAPI tables these keep Derby's default page size: setting it means
 * changing a database-wide property for the duration of the DDL, which could race with the xAPI schema being created
 * by another request and give the statement tables the wrong pages; scorecard tables are small anyway. A fix to the
 * shared part (existence check, tolerating a concurrent creation) belongs in both.
 */
final class Tables {

    private Tables() {
    }

    /** A table created on first use: the first {@link #connect} creates it (once), every call opens a connection. */
    static final class Lazy {
        private final String table;
        private final List<String> ddl;
        private volatile boolean created;

        Lazy(String table, List<String> ddl) {
            this.table = table;
            this.ddl = List.copyOf(ddl);
        }

        Connection connect(DataSource dataSource) throws SQLException {
            if (!created) {
                synchronized (this) {
                    if (!created) {
                        try (Connection c = dataSource.getConnection()) {
                            create(c, table, ddl);
                        }
                        created = true;
                    }
                }
            }
            return dataSource.getConnection();
        }
    }

    static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    /** Runs {@code ddl} unless {@code table} exists; another server creating it at the same time is fine. */
    static void create(Connection c, String table, List<String> ddl) throws SQLException {
        if (exists(c, table)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String sql : ddl) {
                s.executeUpdate(sql);
            }
        } catch (SQLException e) {
            if (!"X0Y32".equals(e.getSQLState())) { // already exists: created meanwhile
                throw e;
            }
        }
    }
}
