package org.scorelink.scorecard.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * A believed cause-and-effect relation between two measures: a change in {@code from} moves {@code to}, in the
 * direction of {@code sign}, after {@code lagMin}–{@code lagMax} {@code lagUnit}s. The links of a scorecard form a
 * directed acyclic graph; at most one link joins two measures in one direction.
 *
 * @param from      key of the cause measure
 * @param to        key of the effect measure
 * @param sign      expected direction of the effect (default positive)
 * @param lagMin    shortest expected lag (default 0)
 * @param lagMax    longest expected lag (default {@code lagMin})
 * @param lagUnit   unit of the lags (default months)
 * @param rationale why the link is believed to hold
 * @param owner     who answers for the belief
 * @param kind      empirical (tested against data later) or logical (true by definition; default empirical)
 */
public record CausalLink(String from, String to, Sign sign, int lagMin, int lagMax, LagUnit lagUnit,
                         Optional<String> rationale, Optional<String> owner, LinkKind kind) {

    public CausalLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(lagUnit, "lagUnit");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@code from → to}, how links are named in messages. */
    public String label() {
        return from + " → " + to;
    }
}
