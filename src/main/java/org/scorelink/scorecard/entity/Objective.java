package org.scorelink.scorecard.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * A strategic objective in one perspective. Objectives cascade: a business unit's or team's objective names the
 * objective it contributes to as {@code parent}.
 *
 * @param key         unique key
 * @param name        display name
 * @param perspective key of its perspective
 * @param owner       who answers for it
 * @param parent      key of the objective it cascades from
 * @param orgUnit     key of the org unit it belongs to (empty: the whole organisation)
 * @param description free text
 * @param weight      roll-up weight of its score in its perspective's score (default 1)
 */
public record Objective(String key, String name, String perspective, String owner, Optional<String> parent,
                        Optional<String> orgUnit, Optional<String> description, double weight) {

    public Objective {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(description, "description");
    }
}
