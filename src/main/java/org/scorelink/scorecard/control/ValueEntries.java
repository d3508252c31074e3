package org.scorelink.scorecard.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.scorelink.scorecard.entity.Aggregation;
import org.scorelink.scorecard.entity.Keywords;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.MeasureValue;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Source;

/**
 * Manual entry of measure values: a JSON array of objects or a CSV text with a header row, read into
 * {@link MeasureValue}s and checked against the scorecard. Every problem is reported at once, each naming the row
 * ({@code [3]} in a JSON array, counted from 0; {@code line 4} in CSV, counting the header as line 1) and the field.
 * One problem refuses the whole entry.
 *
 * <p>Rules: the measure and org unit exist; the measure is not a formula measure (its value is computed); the period
 * is written {@code 2026-W47}, {@code 2026-11} or {@code 2026-Q4} and has the measure's granularity; a rate measure
 * needs {@code numerator} and {@code denominator} (not negative), and its value is numerator/denominator (× 100 for a
 * measure in %) — a {@code value} given too must equal it; any other measure needs {@code value} and takes no
 * numerator or denominator; numbers are finite; one entry holds each measure, org unit and period once.
 */
public final class ValueEntries {

    /** The fields of a value, in CSV header order. */
    public static final List<String> FIELDS = List.of("measure", "orgUnit", "period", "value", "numerator",
            "denominator");
    private static final List<String> REQUIRED = List.of("measure", "orgUnit", "period");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();

    private ValueEntries() {
    }

    /**
     * One row as read, before it is checked against the scorecard, with the problems reading it found;
     * {@code unreadable} names the fields that had one (a string where a number belongs...), so that they are not
     * also reported missing.
     */
    private record Row(String at, boolean csv, Map<String, String> texts, Map<String, Double> numbers,
                       Set<String> unreadable, List<Problem> problems, boolean broken) {
        String path(String field) {
            return csv ? at + ", column " + field : at + "." + field;
        }

        /** A row that is not even a record of fields. */
        static Row broken(String at, Problem problem) {
            return new Row(at, false, Map.of(), Map.of(), Set.of(), List.of(problem), true);
        }
    }

    /** Who enters the values and when. */
    public record Entry(Scorecard scorecard, String recordedBy, Instant recorded) {
    }

    // ---- JSON

    /** Reads a JSON array of value objects. */
    public static Parsed<List<MeasureValue>> fromJson(String text, Entry entry) {
        List<Problem> problems = new ArrayList<>();
        JsonValue body;
        try {
            body = ScorecardJson.readValue(text);
        } catch (JsonException e) {
            return refused(Problem.error("body", Optional.empty(), "not valid JSON (" + e.getMessage() + ")"));
        }
        if (!(body instanceof JsonArray array)) {
            return refused(Problem.error("body", Optional.empty(), "must be a JSON array of values such as "
                    + "[{\"measure\":\"revenue\",\"orgUnit\":\"sales\",\"period\":\"2026-07\",\"value\":125000}]"));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject o)) {
                rows.add(Row.broken(at, error(at, "must be an object with " + String.join(", ", FIELDS))));
                continue;
            }
            rows.add(jsonRow(at, o));
        }
        return check(rows, entry, problems);
    }

    private static Row jsonRow(String at, JsonObject o) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, Double> numbers = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (var field : o.entrySet()) {
            String name = field.getKey();
            JsonValue v = field.getValue();
            String path = at + "." + name;
            if (!FIELDS.contains(name)) {
                problems.add(error(path, "unknown property" + Suggestions.didYouMean(name, FIELDS) + "; allowed: "
                        + String.join(", ", FIELDS)));
            } else if (v.getValueType() == JsonValue.ValueType.NULL) {
                continue; // null is absent
            } else if (REQUIRED.contains(name)) {
                if (v instanceof JsonString s) {
                    texts.put(name, s.getString());
                } else {
                    unreadable.add(name);
                    problems.add(error(path, "must be a string"));
                }
            } else if (v instanceof JsonNumber n && Double.isFinite(n.doubleValue())) {
                numbers.put(name, n.doubleValue());
            } else {
                unreadable.add(name);
                problems.add(error(path, v instanceof JsonNumber ? "must be a finite number" : "must be a number"));
            }
        }
        return new Row(at, false, texts, numbers, unreadable, problems, false);
    }

    // ---- CSV

    /**
     * Reads CSV text: comma-separated, fields quoted with {@code "} when needed, a header row naming the columns
     * ({@link #FIELDS}, any order; {@code measure}, {@code orgUnit} and {@code period} required), an empty cell for
     * an absent number.
     */
    public static Parsed<List<MeasureValue>> fromCsv(String text, Entry entry) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark from a spreadsheet
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int[] lineStarts = lineStarts(csv);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CSV).get()) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                return refused(Problem.error("body", Optional.empty(), "empty: a header row ("
                        + String.join(",", FIELDS) + ") and at least one row of values are required"));
            }
            for (String column : header) {
                if (!FIELDS.contains(column)) {
                    problems.add(error("line 1, column " + column, "unknown column"
                            + Suggestions.didYouMean(column, FIELDS) + "; the header row names the columns "
                            + String.join(",", FIELDS)));
                }
            }
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    problems.add(error("line 1", "column " + column + " missing; the header row names the columns "
                            + String.join(",", FIELDS)));
                }
            }
            if (!problems.isEmpty()) {
                return refused(problems);
            }
            for (CSVRecord record : parser) {
                String at = "line " + line(csv, lineStarts, record.getCharacterPosition());
                if (!record.isConsistent()) {
                    rows.add(Row.broken(at, error(at, "has " + record.size() + " fields; the header row has "
                            + header.size())));
                    continue;
                }
                rows.add(csvRow(at, record, header));
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            return refused(Problem.error("body", Optional.empty(), "not valid CSV (" + e.getMessage() + ")"));
        }
        return check(rows, entry, problems);
    }

    private static Row csvRow(String at, CSVRecord record, List<String> header) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, Double> numbers = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (String column : header) {
            String cell = record.get(column);
            if (cell.isEmpty()) {
                continue;
            }
            if (REQUIRED.contains(column)) {
                texts.put(column, cell);
                continue;
            }
            try {
                double d = new BigDecimal(cell).doubleValue();
                if (Double.isFinite(d)) {
                    numbers.put(column, d);
                } else {
                    unreadable.add(column);
                    problems.add(error(at + ", column " + column, "'" + cell + "' is too large"));
                }
            } catch (NumberFormatException e) {
                unreadable.add(column);
                problems.add(error(at + ", column " + column, "'" + cell + "' is not a number (write 1234.5, "
                        + "with a point and no thousands separator)"));
            }
        }
        return new Row(at, true, texts, numbers, unreadable, problems, false);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The 1-based line where the record at character {@code position} starts. The parser gives the position where it
     * began reading the record, before the empty lines it skipped.
     */
    private static int line(String text, int[] lineStarts, long position) {
        int p = (int) position;
        while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p++;
        }
        int i = Arrays.binarySearch(lineStarts, p);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    // ---- checking against the scorecard

    private static Parsed<List<MeasureValue>> check(List<Row> rows, Entry entry, List<Problem> problems) {
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error("body", Optional.empty(), "no values: give at least one"));
        }
        Scorecard sc = entry.scorecard();
        List<MeasureValue> values = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Row row : rows) {
            int before = problems.size();
            problems.addAll(row.problems());
            if (row.broken()) {
                continue;
            }
            for (String field : REQUIRED) {
                if (!row.texts().containsKey(field) && !row.unreadable().contains(field)) {
                    problems.add(error(row.path(field), "required"));
                }
            }
            Optional<Measure> measure = Optional.ofNullable(row.texts().get("measure")).flatMap(m -> {
                Optional<Measure> found = sc.measure(m);
                if (found.isEmpty()) {
                    problems.add(error(row.path("measure"), "unknown measure '" + m + "'" + Suggestions.didYouMean(m,
                            sc.measures().stream().map(Measure::key).toList())));
                }
                return found;
            });
            Optional.ofNullable(row.texts().get("orgUnit")).ifPresent(u -> {
                if (sc.orgUnit(u).isEmpty()) {
                    problems.add(error(row.path("orgUnit"), "unknown org unit '" + u + "'" + Suggestions.didYouMean(u,
                            sc.orgUnits().stream().map(OrgUnit::key).toList())));
                }
            });
            Optional<ReportingPeriod> period = Optional.ofNullable(row.texts().get("period")).flatMap(p -> {
                Optional<ReportingPeriod> parsed = ReportingPeriod.parse(p);
                if (parsed.isEmpty()) {
                    problems.add(error(row.path("period"), "'" + p + "' is not a period: write "
                            + ReportingPeriod.FORMS));
                }
                return parsed;
            });
            measure.ifPresent(m -> checkMeasure(row, m, period, problems));
            if (problems.size() > before) {
                continue;
            }
            String key = row.texts().get("measure") + " " + row.texts().get("orgUnit") + " " + period.orElseThrow();
            String first = seen.putIfAbsent(key, row.at());
            if (first != null) {
                problems.add(error(row.at(), "the same measure, org unit and period as " + first));
                continue;
            }
            Measure m = measure.orElseThrow();
            OptionalDouble numerator = optional(row.numbers().get("numerator"));
            OptionalDouble denominator = optional(row.numbers().get("denominator"));
            OptionalDouble value = m.aggregation() == Aggregation.RATE
                    ? rate(m, numerator.getAsDouble(), denominator.getAsDouble())
                    : optional(row.numbers().get("value"));
            values.add(new MeasureValue(m.key(), row.texts().get("orgUnit"), period.orElseThrow(), value, numerator,
                    denominator, Source.MANUAL, entry.recorded(), entry.recordedBy()));
        }
        return problems.isEmpty() ? new Parsed<>(Optional.of(values), List.of(), Map.of()) : refused(problems);
    }

    private static void checkMeasure(Row row, Measure m, Optional<ReportingPeriod> period, List<Problem> problems) {
        if (m.computed()) {
            problems.add(error(row.path("measure"), "measure '" + m.key() + "' is computed by its formula ("
                    + m.formula().orElse("") + "); enter the values of its inputs instead"));
            return;
        }
        period.filter(p -> p.unit() != m.period()).ifPresent(p -> problems.add(error(row.path("period"), "'" + p
                + "' is a " + Keywords.of(p.unit()) + "; measure '" + m.key() + "' is " + Periods.adjective(m.period())
                + ": give a " + Keywords.of(m.period()) + " such as " + Periods.example(m.period()))));
        Map<String, Double> n = row.numbers();
        if (m.aggregation() == Aggregation.RATE) {
            for (String part : List.of("numerator", "denominator")) {
                if (!n.containsKey(part)) {
                    if (row.unreadable().contains(part)) {
                        continue;
                    }
                    problems.add(error(row.path(part), "required: measure '" + m.key() + "' is a rate; give "
                            + "numerator and denominator (its value is numerator / denominator"
                            + (Actuals.percent(m) ? " × 100" : "") + ")"));
                } else if (n.get(part) < 0) {
                    problems.add(error(row.path(part), "must not be negative"));
                }
            }
            if (n.containsKey("value") && n.containsKey("numerator") && n.containsKey("denominator")
                    && n.get("numerator") >= 0 && n.get("denominator") >= 0) {
                OptionalDouble computed = rate(m, n.get("numerator"), n.get("denominator"));
                double given = n.get("value");
                if (computed.isEmpty() || Math.abs(computed.getAsDouble() - given)
                        > 1e-9 * Math.max(1, Math.abs(given))) {
                    problems.add(error(row.path("value"), given + " is not numerator / denominator"
                            + (Actuals.percent(m) ? " × 100" : "") + (computed.isPresent() ? " = "
                            + computed.getAsDouble() : "") + "; leave value out for a rate measure"));
                }
            }
        } else {
            if (!n.containsKey("value") && !row.unreadable().contains("value")) {
                problems.add(error(row.path("value"), "required"));
            }
            for (String part : List.of("numerator", "denominator")) {
                if (n.containsKey(part)) {
                    problems.add(error(row.path(part), "only rate measures take a " + part + "; measure '" + m.key()
                            + "' has aggregation " + Keywords.of(m.aggregation())));
                }
            }
        }
    }

    private static OptionalDouble rate(Measure m, double numerator, double denominator) {
        return denominator == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((Actuals.percent(m) ? 100 : 1) * numerator / denominator);
    }

    private static OptionalDouble optional(Double d) {
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    private static Problem error(String path, String message) {
        return Problem.error(path, Optional.empty(), message);
    }

    private static Parsed<List<MeasureValue>> refused(Problem problem) {
        return refused(List.of(problem));
    }

    private static Parsed<List<MeasureValue>> refused(List<Problem> problems) {
        return new Parsed<>(Optional.empty(), problems, Map.of());
    }
}
