package org.scorelink.scorecard.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A perspective of the scorecard. The four standard perspectives, in their causal order, are always present
 * (a file may rename them); custom ones place themselves with {@code rank} (2.5 sits between internal process
 * and customer).
 *
 * @param key    unique key
 * @param name   display name
 * @param rank   position in the causal order (lower = earlier); standard ranks are 1–4
 * @param weight roll-up weight of the perspective's score in the scorecard score (default 1)
 */
public record Perspective(String key, String name, double rank, double weight) {

    public static final String LEARNING_GROWTH = "learning_growth";
    public static final String INTERNAL_PROCESS = "internal_process";
    public static final String CUSTOMER = "customer";
    public static final String FINANCIAL = "financial";

    /** The four standard perspectives with their default names, ranks 1–4 and weight 1. */
    public static final List<Perspective> STANDARD = List.of(
            new Perspective(LEARNING_GROWTH, "Learning and growth", 1, 1),
            new Perspective(INTERNAL_PROCESS, "Internal process", 2, 1),
            new Perspective(CUSTOMER, "Customer", 3, 1),
            new Perspective(FINANCIAL, "Financial", 4, 1));

    public Perspective {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    /** True for the four standard perspectives. */
    public boolean standard() {
        return standard(key).isPresent();
    }

    /** The standard perspective with this key (default name and rank), if it is one. */
    public static Optional<Perspective> standard(String key) {
        return STANDARD.stream().filter(p -> p.key.equals(key)).findFirst();
    }
}
