package org.scorelink.scorecard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.credentials.control.ClientRequest;
import org.scorelink.scorecard.control.ScorecardFile;
import org.scorelink.scorecard.control.Scorecards;

/**
 * Loads the scorecard configuration file ({@code scorelink.scorecard.file}) into its store
 * ({@code scorelink.scorecard.store}, created when missing) when the application starts, and keeps the outcome for
 * the readiness check. A file that cannot be read or has errors never stops the server: every problem is logged,
 * the store keeps its current version and readiness reports DOWN.
 */
@ApplicationScoped
public class ScorecardFileLoader {

    static final String FILE_KEY = "scorelink.scorecard.file";
    static final String STORE_KEY = "scorelink.scorecard.store";

    private static final System.Logger LOG = System.getLogger(ScorecardFileLoader.class.getName());

    @Inject
    Scorecards scorecards;

    @Inject
    TenantStores stores;

    @Inject
    @ConfigProperty(name = FILE_KEY)
    Optional<String> file;

    @Inject
    @ConfigProperty(name = STORE_KEY, defaultValue = "default")
    String store;

    private volatile Optional<ScorecardFile.Outcome> outcome = Optional.empty();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        configuredFile().ifPresent(this::load);
    }

    /** The configured file, if any (blank counts as none). */
    Optional<Path> configuredFile() {
        return file.map(String::strip).filter(f -> !f.isEmpty()).map(Path::of);
    }

    String store() {
        return store.strip();
    }

    /** What the last load did; empty before the first (or when no file is configured). */
    Optional<ScorecardFile.Outcome> outcome() {
        return outcome;
    }

    void load(Path path) {
        ScorecardFile.Outcome result;
        try {
            long storeId = stores.idOf(ClientRequest.storeName(STORE_KEY, store()));
            result = ScorecardFile.load(scorecards, storeId, store(), path);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "loading scorecard file " + path + " into store " + store()
                    + " failed", e);
            Path absolute = path.toAbsolutePath().normalize();
            result = new ScorecardFile.Outcome(absolute, store(), ScorecardFile.Status.FAILED, OptionalInt.empty(),
                    List.of(absolute + ": " + e.getMessage()));
        }
        outcome = Optional.of(result);
        log(result);
    }

    private static void log(ScorecardFile.Outcome o) {
        switch (o.status()) {
            case LOADED -> LOG.log(System.Logger.Level.INFO, "scorecard file {0} loaded into store ''{1}'' as version "
                    + "{2}", o.file(), o.store(), o.version().orElse(0));
            case UNCHANGED -> LOG.log(System.Logger.Level.INFO, "scorecard file {0} is store ''{1}'''s current "
                    + "version {2}: no new version", o.file(), o.store(), o.version().orElse(0));
            default -> LOG.log(System.Logger.Level.ERROR, "scorecard file {0} NOT loaded into store ''{1}'' ({2} "
                    + "problems); the store keeps its current scorecard and readiness is DOWN", o.file(), o.store(),
                    o.problems().size());
        }
        for (String problem : o.problems()) {
            LOG.log(o.ok() ? System.Logger.Level.WARNING : System.Logger.Level.ERROR, problem);
        }
    }
}
