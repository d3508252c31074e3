package org.scorelink.scorecard.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * A node of the organisation tree (organisation → business unit → team).
 *
 * @param key    unique key
 * @param name   display name
 * @param parent the parent unit's key; empty for a root
 */
public record OrgUnit(String key, String name, Optional<String> parent) {

    public OrgUnit {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
    }
}
