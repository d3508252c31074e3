package org.scorelink.credentials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.credentials.control.AdminCredentialFile;
import org.scorelink.credentials.control.Clients;
import org.scorelink.credentials.control.Tokens;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.credentials.entity.Store;

/**
 * Makes sure a fresh LRS can be administered: on start, when no client holds {@link Scope#ADMIN}, creates
 * one in store {@code default}. Its secret comes from config or is generated and written, readable by the
 * owner only, to {@code <scorelink.data.dir>/admin-credential.txt}; the secret itself is never logged.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final System.Logger LOG = System.getLogger(AdminBootstrap.class.getName());
    static final String ADMIN_NAME = "Scorelink administrator";

    @Inject
    Clients clients;

    @Inject
    Tokens tokens;

    @Inject
    @ConfigProperty(name = "scorelink.credentials.admin-key", defaultValue = "admin")
    String adminKey;

    @Inject
    @ConfigProperty(name = "scorelink.credentials.admin-secret")
    Optional<String> adminSecret;

    @Inject
    @ConfigProperty(name = "scorelink.data.dir")
    Optional<String> dataDir;

    @Transactional
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (clients.countWithScope(Scope.ADMIN) > 0) {
            LOG.log(System.Logger.Level.DEBUG, "an admin client exists; no bootstrap");
            return;
        }
        if (adminKey.isBlank() || adminKey.contains(":")) {
            throw new IllegalStateException("scorelink.credentials.admin-key: must be non-blank without ':'");
        }
        Optional<String> configured = adminSecret.map(String::strip).filter(s -> !s.isEmpty());
        String secret = configured.orElseGet(tokens::newSecret);
        var store = clients.storeOrCreate(Store.DEFAULT);
        clients.create(adminKey, secret, ADMIN_NAME, store, EnumSet.of(Scope.ADMIN, Scope.ALL));
        if (configured.isPresent()) {
            LOG.log(System.Logger.Level.INFO, "created admin client ''{0}'' in store ''{1}'' with the secret from "
                    + "scorelink.credentials.admin-secret", adminKey, Store.DEFAULT);
            return;
        }
        Path dir = dataDir();
        try {
            Path file = AdminCredentialFile.write(dir, adminKey, secret);
            LOG.log(System.Logger.Level.WARNING, "created admin client ''{0}'' in store ''{1}'' with a generated "
                    + "secret; its credential (key:secret) is in {2}, readable by its owner only. Read it, store it "
                    + "safely and delete the file.", adminKey, Store.DEFAULT, file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin credential under " + dir, e);
        }
    }

    /** Liberty hands server.xml variables to MicroProfile Config; outside Liberty fall back to ~/.scorelink/data. */
    Path dataDir() {
        return dataDir.filter(d -> !d.isBlank() && !d.contains("${"))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".scorelink", "data"));
    }
}
