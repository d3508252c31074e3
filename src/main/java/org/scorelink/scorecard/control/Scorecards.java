package org.scorelink.scorecard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScorecardVersion;
import org.scorelink.scorecard.entity.VersionInfo;

/**
 * The versioned scorecard of each tenant store: what is current, any earlier version, the history, and changes.
 *
 * <p>Every change is validated as a whole scorecard (an error refuses it, with every problem) and stored as a new
 * version only when its canonical JSON differs from the current one; a change that alters nothing answers the
 * current version. A store that has no version yet gets the shipped default scorecard as version 1 on first use.
 *
 * <p>Concurrency: changes to one store are serialized on this server, and the table's primary key stops two servers
 * from both storing version N+1. A change based on a given version ({@link Change#expectedVersion()}, from
 * {@code If-Match}) is refused as stale when the scorecard has moved on; one without is re-applied to the newer
 * version, so element-wise edits by two admins never overwrite each other.
 */
@ApplicationScoped
public class Scorecards {

    /** Author and reason of the version 1 every store starts with. */
    public static final String DEFAULT_AUTHOR = "scorelink";
    public static final String DEFAULT_REASON = "default scorecard";

    private static final System.Logger LOG = System.getLogger(Scorecards.class.getName());
    private static final int ATTEMPTS = 10;
    private static final int STRIPES = 16;

    /**
     * Who changes the scorecard and why.
     *
     * @param author          the admin client's name, or {@code file:<path>}
     * @param client          the admin client's key, when an admin client asks
     * @param reason          why; required
     * @param expectedVersion the version the change was based on (If-Match), if the caller named one
     */
    public record Change(String author, Optional<String> client, String reason, OptionalInt expectedVersion) {
        public Change {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    /**
     * What a change produced.
     *
     * @param version  the version now current: the new one, or the unchanged current one
     * @param created  true when {@code version} was stored by this change
     * @param warnings the warnings of the scorecard now current
     */
    public record Applied(ScorecardVersion version, boolean created, List<Problem> warnings) {
        public Applied {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A proposed scorecard with its problems (errors refuse it).
     *
     * @param scorecard the whole scorecard after the change
     * @param problems  what validating it found
     */
    public record Candidate(Scorecard scorecard, List<Problem> problems) {
        public Candidate {
            Objects.requireNonNull(scorecard, "scorecard");
            problems = List.copyOf(problems);
        }
    }

    /** A change computed from the current scorecard; may throw {@link ScorecardRefused} (unknown element...). */
    @FunctionalInterface
    public interface Edit {
        Candidate apply(Scorecard current);
    }

    @Inject
    ScorecardVersions versions;

    Clock clock = Clock.systemUTC();

    private final ConcurrentMap<Long, ScorecardVersion> latest = new ConcurrentHashMap<>();
    private final Object[] locks = new Object[STRIPES];

    public Scorecards() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    // ---- reading

    /** The store's current version; a store without any gets the shipped default as version 1. */
    public ScorecardVersion current(long storeId) {
        return latest(storeId, started(storeId));
    }

    /** The store's current version, if it has one (no default is stored). */
    private Optional<ScorecardVersion> existing(long storeId) {
        int number = versions.latest(storeId);
        return number == 0 ? Optional.empty() : Optional.of(latest(storeId, number));
    }

    /** Version {@code number}, the latest: from the cache when it holds that one. */
    private ScorecardVersion latest(long storeId, int number) {
        ScorecardVersion cached = latest.get(storeId);
        if (cached != null && cached.version() == number) {
            return cached;
        }
        ScorecardVersion found = versions.find(storeId, number)
                .orElseThrow(() -> new IllegalStateException("scorecard version " + number + " of store " + storeId
                        + " vanished")); // versions are never deleted
        latest.merge(storeId, found, (a, b) -> a.version() >= b.version() ? a : b);
        return found;
    }

    /** Version {@code number} of the store's scorecard. */
    public Optional<ScorecardVersion> version(long storeId, int number) {
        started(storeId);
        ScorecardVersion cached = latest.get(storeId);
        if (cached != null && cached.version() == number) {
            return Optional.of(cached);
        }
        return versions.find(storeId, number);
    }

    /** Every version of the store, newest first. */
    public List<VersionInfo> history(long storeId) {
        started(storeId);
        return versions.list(storeId);
    }

    /**
     * The RFC 6902 patch from version {@code from} to version {@code to} (any two, in either order; version 0 is the
     * empty document before version 1); empty when either does not exist.
     */
    public Optional<JsonArray> diff(long storeId, int from, int to) {
        int last = started(storeId);
        if (from < 0 || to < 0 || from > last || to > last) {
            return Optional.empty();
        }
        if (from == to - 1) {
            return versions.diff(storeId, to);
        }
        return Optional.of(ScorecardJson.diff(document(storeId, from), document(storeId, to)));
    }

    private JsonObject document(long storeId, int version) {
        if (version == 0) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return version(storeId, version).orElseThrow().document();
    }

    /** The current version number, after storing the default as version 1 if the store has none. */
    private int started(long storeId) {
        int number = versions.latest(storeId);
        if (number > 0) {
            return number;
        }
        JsonObject document = ScorecardJson.toJson(DefaultScorecard.scorecard());
        JsonArray diff = ScorecardJson.diff(JsonValue.EMPTY_JSON_OBJECT, document);
        VersionInfo info = new VersionInfo(1, DEFAULT_AUTHOR, Optional.empty(), now(), DEFAULT_REASON, diff.size());
        if (versions.insert(storeId, info, document, diff)) {
            LOG.log(System.Logger.Level.INFO, "store {0}: the default scorecard is version 1", storeId);
        }
        return Math.max(1, versions.latest(storeId)); // another request may have stored version 1, or more
    }

    // ---- changing

    /**
     * Replaces the whole scorecard. In a store without any version yet it becomes version 1 (no default first).
     *
     * @param next     a valid scorecard (read with {@link ScorecardParser#read}: no errors)
     * @param warnings its warnings, answered with the result
     */
    public Applied replace(long storeId, Scorecard next, List<Problem> warnings, Change change) {
        return apply(storeId, change, false, base -> new Candidate(next, warnings));
    }

    /**
     * Applies {@code edit} to the current scorecard (the default one in a store without any) and stores the result as
     * a new version when it differs.
     *
     * @throws ScorecardRefused when the reason is missing (INVALID), the candidate has errors (INVALID, with every
     *                          problem), the scorecard is not at the expected version (STALE), or the edit refuses
     */
    public Applied update(long storeId, Edit edit, Change change) {
        return apply(storeId, change, true, base -> edit.apply(base.orElseThrow().scorecard()));
    }

    private Applied apply(long storeId, Change change, boolean fromDefault,
                          Function<Optional<ScorecardVersion>, Candidate> make) {
        String reason = reason(change.reason());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            synchronized (lock(storeId)) {
                Optional<ScorecardVersion> base = fromDefault ? Optional.of(current(storeId)) : existing(storeId);
                int baseVersion = base.map(ScorecardVersion::version).orElse(0);
                if (change.expectedVersion().isPresent() && change.expectedVersion().getAsInt() != baseVersion) {
                    throw stale(change.expectedVersion().getAsInt(), baseVersion);
                }
                Candidate candidate = make.apply(base);
                if (candidate.problems().stream().anyMatch(Problem::isError)) {
                    throw ScorecardRefused.invalid(candidate.problems());
                }
                List<Problem> warnings = candidate.problems().stream().filter(p -> !p.isError()).toList();
                JsonObject document = ScorecardJson.toJson(candidate.scorecard());
                if (base.isPresent() && ScorecardJson.write(document).equals(ScorecardJson.write(
                        ScorecardJson.toJson(base.get().scorecard())))) {
                    return new Applied(base.get(), false, warnings); // nothing changes: no new version
                }
                JsonArray diff = ScorecardJson.diff(base.map(ScorecardVersion::document)
                        .orElse(JsonValue.EMPTY_JSON_OBJECT), document);
                VersionInfo info = new VersionInfo(baseVersion + 1, author(change.author()), change.client(),
                        now(), reason, diff.size());
                ScorecardVersion stored = new ScorecardVersion(storeId, info, document,
                        ScorecardJson.canonical(candidate.scorecard()));
                if (versions.insert(storeId, info, document, diff)) {
                    latest.merge(storeId, stored, (a, b) -> a.version() >= b.version() ? a : b);
                    LOG.log(System.Logger.Level.INFO, "store {0}: scorecard version {1} by {2} ({3} changes): {4}",
                            storeId, info.version(), info.author(), info.changes(), reason);
                    return new Applied(stored, true, warnings);
                }
            }
            // another server stored that version number first
            if (change.expectedVersion().isPresent()) {
                throw stale(change.expectedVersion().getAsInt(), versions.latest(storeId));
            }
        }
        throw new ScorecardRefused(ScorecardRefused.Kind.CONFLICT, "the scorecard changed " + ATTEMPTS
                + " times while this change was being applied; try again");
    }

    private static ScorecardRefused stale(int expected, int actual) {
        return new ScorecardRefused(ScorecardRefused.Kind.STALE, "If-Match: the scorecard is at version " + actual
                + ", not " + expected + "; read it again, redo the change and send If-Match: \"" + actual + "\"");
    }

    private static String reason(String reason) {
        String r = reason.strip();
        if (r.isEmpty()) {
            throw new ScorecardRefused(ScorecardRefused.Kind.INVALID,
                    "reason: required: say why the scorecard changes");
        }
        if (r.length() > ScorecardVersions.MAX_REASON) {
            throw new ScorecardRefused(ScorecardRefused.Kind.INVALID,
                    "reason: at most " + ScorecardVersions.MAX_REASON + " characters");
        }
        return r;
    }

    /** Authors are names or file paths: kept whole up to the column's length, shortened in the middle beyond. */
    private static String author(String author) {
        int max = ScorecardVersions.MAX_AUTHOR;
        return author.length() <= max ? author : author.substring(0, max / 2 - 1) + "…"
                + author.substring(author.length() - max / 2);
    }

    /** Milliseconds, as stored: a version reads back with the time it was answered with. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Object lock(long storeId) {
        return locks[(int) Math.floorMod(storeId, (long) STRIPES)];
    }
}
