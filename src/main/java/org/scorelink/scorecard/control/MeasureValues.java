package org.scorelink.scorecard.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.sql.DataSource;
import org.scorelink.scorecard.entity.Keywords;
import org.scorelink.scorecard.entity.MeasureValue;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Source;

/**
 * The recorded values of measures, per tenant store: table {@code SC_MEASURE_VALUE}, one row per store, measure,
 * org unit, period and source. Manual entries come through the admin API; the measures and outcomes components
 * will write {@code learning} and {@code outcome} rows.
 *
 * <p>Rows are keyed by the measure's and org unit's keys as they were when written: a value of a measure that was
 * later removed or re-keyed stays stored but no longer counts.
 */
@ApplicationScoped
public class MeasureValues {

    private static final String TABLE = "SC_MEASURE_VALUE";
    private static final List<String> DDL = List.of(
            "CREATE TABLE SC_MEASURE_VALUE (store_id BIGINT NOT NULL, measure VARCHAR(64) NOT NULL,"
                    + " org_unit VARCHAR(64) NOT NULL, period VARCHAR(8) NOT NULL, period_start DATE NOT NULL,"
                    + " value DOUBLE, numerator DOUBLE, denominator DOUBLE, source VARCHAR(16) NOT NULL,"
                    + " recorded BIGINT NOT NULL, recorded_by VARCHAR(200) NOT NULL)",
            "CREATE UNIQUE INDEX SC_MEASURE_VALUE_KEY ON SC_MEASURE_VALUE (store_id, measure, org_unit, period, source)",
            // scoring reads a window of periods of the whole store
            "CREATE INDEX SC_MEASURE_VALUE_START ON SC_MEASURE_VALUE (store_id, period_start)");
    private static final String COLUMNS = "measure, org_unit, period, value, numerator, denominator, source, "
            + "recorded, recorded_by";
    private static final int STRIPES = 16;

    @Resource(lookup = "jdbc/scorelink")
    DataSource dataSource;

    private final Object[] locks = new Object[STRIPES];
    private final Tables.Lazy table = new Tables.Lazy(TABLE, DDL);

    public MeasureValues() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Writes {@code values} in one transaction: each replaces the store's value of the same measure, org unit,
     * period and source, or is added. All or nothing.
     */
    public void write(long storeId, List<MeasureValue> values) {
        String update = "UPDATE SC_MEASURE_VALUE SET value = ?, numerator = ?, denominator = ?, recorded = ?,"
                + " recorded_by = ? WHERE store_id = ? AND measure = ? AND org_unit = ? AND period = ? AND source = ?";
        String insert = "INSERT INTO SC_MEASURE_VALUE (store_id, period_start, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        // one writer per store on this server, so two requests never both insert the same new key
        synchronized (locks[(int) Math.floorMod(storeId, (long) STRIPES)]) {
            try (Connection c = connection()) {
                c.setAutoCommit(false);
                try (PreparedStatement up = c.prepareStatement(update);
                     PreparedStatement in = c.prepareStatement(insert)) {
                    for (MeasureValue v : values) {
                        number(up, 1, v.value());
                        number(up, 2, v.numerator());
                        number(up, 3, v.denominator());
                        up.setLong(4, micros(v.recorded()));
                        up.setString(5, v.recordedBy());
                        up.setLong(6, storeId);
                        up.setString(7, v.measure());
                        up.setString(8, v.orgUnit());
                        up.setString(9, v.period().toString());
                        up.setString(10, Keywords.of(v.source()));
                        if (up.executeUpdate() == 0) {
                            in.setLong(1, storeId);
                            in.setDate(2, Date.valueOf(v.period().start()));
                            in.setString(3, v.measure());
                            in.setString(4, v.orgUnit());
                            in.setString(5, v.period().toString());
                            number(in, 6, v.value());
                            number(in, 7, v.numerator());
                            number(in, 8, v.denominator());
                            in.setString(9, Keywords.of(v.source()));
                            in.setLong(10, micros(v.recorded()));
                            in.setString(11, v.recordedBy());
                            in.executeUpdate();
                        }
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("writing measure values failed", e);
            }
        }
    }

    /**
     * A filter on the stored values; empty parts match everything.
     *
     * @param measure a measure key
     * @param orgUnit an org-unit key
     * @param from    values of periods starting on or after this day
     * @param to      values of periods starting on or before this day
     */
    public record Query(Optional<String> measure, Optional<String> orgUnit, Optional<LocalDate> from,
                        Optional<LocalDate> to) {
    }

    /** The store's values matching {@code query}, by measure, org unit, period and source. */
    public List<MeasureValue> find(long storeId, Query query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM SC_MEASURE_VALUE WHERE store_id = ?");
        List<Object> args = new ArrayList<>(List.of(storeId));
        query.measure().ifPresent(m -> {
            sql.append(" AND measure = ?");
            args.add(m);
        });
        query.orgUnit().ifPresent(u -> {
            sql.append(" AND org_unit = ?");
            args.add(u);
        });
        query.from().ifPresent(d -> {
            sql.append(" AND period_start >= ?");
            args.add(Date.valueOf(d));
        });
        query.to().ifPresent(d -> {
            sql.append(" AND period_start <= ?");
            args.add(Date.valueOf(d));
        });
        sql.append(" ORDER BY measure, org_unit, period_start, period, source");
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<MeasureValue> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read(rs).ifPresent(found::add);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("reading measure values failed", e);
        }
    }

    /** The store's values of periods starting between {@code from} and {@code to} (inclusive): what scoring reads. */
    public List<MeasureValue> between(long storeId, LocalDate from, LocalDate to) {
        return find(storeId, new Query(Optional.empty(), Optional.empty(), Optional.of(from), Optional.of(to)));
    }

    /** A row, or nothing when it holds what this version cannot read (a period or source written by a later one). */
    private static Optional<MeasureValue> read(ResultSet rs) throws SQLException {
        Optional<ReportingPeriod> period = ReportingPeriod.parse(rs.getString(3));
        Optional<Source> source = Keywords.parse(Source.class, rs.getString(7));
        if (period.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeasureValue(rs.getString(1), rs.getString(2), period.get(), number(rs, 4),
                number(rs, 5), number(rs, 6), source.get(), instant(rs.getLong(8)), rs.getString(9)));
    }

    private static OptionalDouble number(ResultSet rs, int column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    private static void number(PreparedStatement ps, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            ps.setDouble(index, value.getAsDouble());
        } else {
            ps.setNull(index, Types.DOUBLE);
        }
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private Connection connection() throws SQLException {
        return table.connect(dataSource);
    }
}
