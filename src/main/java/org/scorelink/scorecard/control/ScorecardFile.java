package org.scorelink.scorecard.control;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.scorelink.scorecard.entity.Scorecard;

/**
 * Loading the scorecard configuration file ({@code scorelink.scorecard.file}) into a store: a new version authored
 * {@code file:<path>} when the file's scorecard differs from the current one; nothing when it is the same; nothing
 * either when the file cannot be read or has errors — the current version stays, and the outcome lists every
 * problem as {@code <path>:<line>:<column>: ERROR <field>: <message>}.
 */
public final class ScorecardFile {

    /** What loading the file did. */
    public enum Status {
        /** The file's scorecard is now the current version. */
        LOADED,
        /** The file's scorecard was the current version already. */
        UNCHANGED,
        /** The file has errors; the current version stays. */
        INVALID,
        /** The file could not be read (missing, unreadable, not UTF-8) or stored; the current version stays. */
        FAILED
    }

    /**
     * The outcome of one load.
     *
     * @param file     the file, absolute
     * @param store    the store's name
     * @param status   what happened
     * @param version  the store's current version afterwards, when known
     * @param problems errors (INVALID, FAILED) and warnings, each as {@code path:line:column: SEVERITY field: message}
     */
    public record Outcome(Path file, String store, Status status, OptionalInt version, List<String> problems) {
        public Outcome {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(version, "version");
            problems = List.copyOf(problems);
        }

        /** True when the file's scorecard is in force. */
        public boolean ok() {
            return status == Status.LOADED || status == Status.UNCHANGED;
        }
    }

    private ScorecardFile() {
    }

    /** The author of versions loaded from {@code file}. */
    public static String author(Path file) {
        return "file:" + file;
    }

    /** The reason of versions loaded from {@code file}. */
    public static String reason(Path file) {
        return "loaded from " + file + " at startup";
    }

    /** Reads {@code file} and stores its scorecard in {@code storeId} when it differs from the current version. */
    public static Outcome load(Scorecards scorecards, long storeId, String storeName, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(absolute))).toString();
        } catch (CharacterCodingException e) {
            return failed(absolute, storeName, "not UTF-8 text");
        } catch (IOException e) {
            return failed(absolute, storeName, "cannot be read: " + e);
        }
        Parsed<Scorecard> parsed = ScorecardParser.read(text);
        List<String> problems = parsed.problems().stream().map(p -> describe(absolute, p)).toList();
        if (parsed.hasErrors()) {
            return new Outcome(absolute, storeName, Status.INVALID, OptionalInt.empty(), problems);
        }
        Scorecards.Change change = new Scorecards.Change(author(absolute), Optional.empty(), reason(absolute),
                OptionalInt.empty());
        Scorecards.Applied applied = scorecards.replace(storeId, parsed.value().orElseThrow(), parsed.warnings(),
                change);
        return new Outcome(absolute, storeName, applied.created() ? Status.LOADED : Status.UNCHANGED,
                OptionalInt.of(applied.version().version()), problems);
    }

    private static Outcome failed(Path file, String store, String why) {
        return new Outcome(file, store, Status.FAILED, OptionalInt.empty(), List.of(file + ": " + why));
    }

    /** {@code /etc/scorecard.yaml:12:5: ERROR measures[3].formula: unknown measure 'x'}. */
    public static String describe(Path file, Problem p) {
        return file + p.location().map(l -> ":" + l).orElse("") + ": " + p.severity()
                + (p.path().isEmpty() ? "" : " " + p.path()) + ": " + p.message();
    }
}
