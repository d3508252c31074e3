package org.scorelink.scorecard.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A training programme meant to move some measures: what it consists of, what it costs and where it runs.
 *
 * @param key        unique key
 * @param name       display name
 * @param owner      who answers for it
 * @param cost       its total cost
 * @param activities IRIs of the xAPI activities (courses, virtual classes, learning paths) it consists of
 * @param measures   keys of the measures it is meant to move
 * @param rollout    which org units take part from when
 */
public record Initiative(String key, String name, Optional<String> owner, Optional<Cost> cost,
                         List<String> activities, List<String> measures, List<Rollout> rollout) {

    public Initiative {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(cost, "cost");
        activities = List.copyOf(activities);
        measures = List.copyOf(measures);
        rollout = List.copyOf(rollout);
    }
}
