package org.scorelink.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.credentials.control.CredentialsException;
import org.scorelink.credentials.control.OriginList;
import org.scorelink.credentials.control.StoreOrigins;
import org.scorelink.credentials.entity.AllowedOrigins;

/**
 * Which browser origins may call {@code /xapi/**} (CORS). A store's own list (set through the admin API) applies
 * to its clients; a store without one uses the LRS-wide list {@value #CONFIG_KEY} (default {@code *}). A request
 * whose store is not known yet — a preflight, which never carries credentials, or an answer given before
 * authentication — is allowed when the LRS-wide list or any store's list allows its origin.
 *
 * <p>Costs no database query per request: the stores' lists are cached by {@link StoreOrigins}, which reloads
 * them once after each change.
 */
@ApplicationScoped
public class OriginPolicy {

    public static final String CONFIG_KEY = "scorelink.xapi.cors.allowed-origins";

    private static final System.Logger LOG = System.getLogger(OriginPolicy.class.getName());

    @Inject
    @ConfigProperty(name = CONFIG_KEY, defaultValue = AllowedOrigins.ANY)
    String configured;

    @Inject
    StoreOrigins stores;

    private AllowedOrigins lrsWide;

    OriginPolicy() {
        // for CDI
    }

    OriginPolicy(String configured, StoreOrigins stores) {
        this.configured = configured;
        this.stores = stores;
        init();
    }

    @PostConstruct
    void init() {
        lrsWide = parse(configured);
        LOG.log(System.Logger.Level.INFO, "LRS-wide CORS origins: {0}", lrsWide.any() ? "any" : lrsWide.origins());
    }

    /** Allowed for some store, or LRS-wide: the answer to a preflight, or to a request not yet authenticated. */
    public boolean allowsSomewhere(String origin) {
        return lrsWide.allows(origin) || stores.anyStore().allows(origin);
    }

    /** Allowed for the clients of this store: its own list, or the LRS-wide one. */
    public boolean allows(long storeId, String origin) {
        return stores.of(storeId).orElse(lrsWide).allows(origin);
    }

    /**
     * The page is served by the LRS's own host and port ({@code Host} header): not a cross-origin request, so no
     * origin list applies to it.
     */
    public static boolean sameOrigin(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String o = AllowedOrigins.canonical(origin);
        int sep = o.indexOf("://");
        return sep > 0 && o.equals(AllowedOrigins.canonical(o.substring(0, sep) + "://" + host));
    }

    /**
     * Comma-separated entries. Entries that are not origins are logged and kept as given (compared
     * case-insensitively, as before origins were checked), so an existing configuration keeps its meaning.
     */
    static AllowedOrigins parse(String value) {
        List<String> entries = new ArrayList<>();
        for (String raw : value.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            try {
                entries.add(OriginList.origin(CONFIG_KEY, entry));
            } catch (CredentialsException e) {
                LOG.log(System.Logger.Level.WARNING, "{0}; kept as given, compared case-insensitively", e.getMessage());
                entries.add(entry);
            }
        }
        return AllowedOrigins.of(entries);
    }
}
