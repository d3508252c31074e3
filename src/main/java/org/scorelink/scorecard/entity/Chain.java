package org.scorelink.scorecard.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A path of causal links from a learning-and-growth measure to a financial measure.
 *
 * @param links the links in order; each one's {@code to} is the next one's {@code from}; never empty
 */
public record Chain(List<CausalLink> links) {

    public Chain {
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("a chain has at least one link");
        }
    }

    /** The measure keys along the chain, first cause to last effect. */
    public List<String> measures() {
        List<String> keys = new ArrayList<>(links.size() + 1);
        keys.add(links.get(0).from());
        links.forEach(l -> keys.add(l.to()));
        return List.copyOf(keys);
    }

    /** Key of the learning-and-growth measure it starts from. */
    public String from() {
        return links.get(0).from();
    }

    /** Key of the financial measure it ends at. */
    public String to() {
        return links.get(links.size() - 1).to();
    }

    /** {@code a → b → c}. */
    public String label() {
        return String.join(" → ", measures());
    }
}
