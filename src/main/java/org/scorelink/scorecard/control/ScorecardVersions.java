package org.scorelink.scorecard.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.scorelink.scorecard.entity.ScorecardVersion;
import org.scorelink.scorecard.entity.VersionInfo;

/**
 * The stored versions of every store's scorecard: table {@code SC_VERSION}, one row per version with its canonical
 * JSON and the RFC 6902 patch from the previous version. Rows are only ever inserted. The primary key
 * {@code (store_id, version)} is what keeps two concurrent changes from both becoming version N+1: the second
 * insert fails, and {@link #insert} says so.
 */
@ApplicationScoped
public class ScorecardVersions {

    /** Longest reason and author kept. */
    public static final int MAX_REASON = 2000;
    public static final int MAX_AUTHOR = 1000;

    private static final List<String> DDL = List.of(
            "CREATE TABLE SC_VERSION (store_id BIGINT NOT NULL, version INT NOT NULL,"
                    + " author VARCHAR(" + MAX_AUTHOR + ") NOT NULL, client VARCHAR(128), created BIGINT NOT NULL,"
                    + " reason VARCHAR(" + MAX_REASON + ") NOT NULL, changes INT NOT NULL, document CLOB NOT NULL,"
                    + " diff CLOB NOT NULL, CONSTRAINT SC_VERSION_PK PRIMARY KEY (store_id, version))");
    private static final String INFO = "version, author, client, created, reason, changes";

    @Resource(lookup = "jdbc/scorelink")
    DataSource dataSource;

    private final Tables.Lazy table = new Tables.Lazy("SC_VERSION", DDL);

    /** The highest version number of the store; 0 when it has none. */
    public int latest(long storeId) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM SC_VERSION WHERE store_id = ?")) {
            ps.setLong(1, storeId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1); // NULL (no version) reads as 0
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the scorecard version of store " + storeId + " failed", e);
        }
    }

    /** A version with its document and model. */
    public Optional<ScorecardVersion> find(long storeId, int version) {
        String sql = "SELECT " + INFO + ", document FROM SC_VERSION WHERE store_id = ? AND version = ?";
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, storeId);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                JsonObject document = ScorecardJson.readObject(rs.getString(7));
                return Optional.of(new ScorecardVersion(storeId, info(rs), document,
                        ScorecardJson.fromJson(document)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading scorecard version " + version + " of store " + storeId
                    + " failed", e);
        }
    }

    /** The RFC 6902 patch that turned the previous version into {@code version}. */
    public Optional<JsonArray> diff(long storeId, int version) {
        String sql = "SELECT diff FROM SC_VERSION WHERE store_id = ? AND version = ?";
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, storeId);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(ScorecardJson.readArray(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the diff of scorecard version " + version + " failed", e);
        }
    }

    /** Every version of the store, newest first, without documents. */
    public List<VersionInfo> list(long storeId) {
        String sql = "SELECT " + INFO + " FROM SC_VERSION WHERE store_id = ? ORDER BY version DESC";
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, storeId);
            List<VersionInfo> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(info(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("listing the scorecard versions of store " + storeId + " failed", e);
        }
    }

    /**
     * Stores a version (one statement, so atomic).
     *
     * @return false when the store has that version already: another change got there first
     */
    public boolean insert(long storeId, VersionInfo info, JsonObject document, JsonArray diff) {
        String sql = "INSERT INTO SC_VERSION (store_id, " + INFO + ", document, diff)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, storeId);
            ps.setInt(2, info.version());
            ps.setString(3, info.author());
            if (info.client().isPresent()) {
                ps.setString(4, info.client().get());
            } else {
                ps.setNull(4, Types.VARCHAR);
            }
            ps.setLong(5, info.created().toEpochMilli());
            ps.setString(6, info.reason());
            ps.setInt(7, info.changes());
            ps.setString(8, ScorecardJson.write(document));
            ps.setString(9, ScorecardJson.write(diff));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) { // duplicate key: that version exists
                return false;
            }
            throw new IllegalStateException("storing scorecard version " + info.version() + " of store " + storeId
                    + " failed", e);
        }
    }

    private static VersionInfo info(ResultSet rs) throws SQLException {
        return new VersionInfo(rs.getInt(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), rs.getInt(6));
    }

    private Connection connection() throws SQLException {
        return table.connect(dataSource);
    }
}
