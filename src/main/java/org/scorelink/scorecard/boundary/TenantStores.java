package org.scorelink.scorecard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.scorelink.credentials.control.Clients;

/** The id of a tenant store named in configuration, created when missing (as the admin API does with clients). */
@ApplicationScoped
public class TenantStores {

    @Inject
    Clients clients;

    /** @param name a valid store name ({@code ClientRequest.storeName}) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long idOf(String name) {
        return clients.storeOrCreate(name).id();
    }
}
