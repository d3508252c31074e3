/**
 * The strategy map: perspectives, objectives, measures, targets, causal links and initiatives of a tenant store,
 * as versioned configuration.
 *
 * <ul>
 *   <li>{@code entity}: the immutable model, with {@link org.scorelink.scorecard.entity.Scorecard} as aggregate
 *       root (lookups, org-unit ancestry, causal chains).</li>
 *   <li>{@code control}: {@code ScorecardParser} (YAML or JSON text → model, problems with line:column and field
 *       path), {@code ScorecardValidator} (references, cycles, targets, formulas), {@code Formulas} (EvalEx),
 *       {@code ScorecardJson} (canonical JSON-P form and RFC 6902 diffs).</li>
 * </ul>
 *
 * <p>Depends on nothing else in Scorelink. The file format is documented in {@code docs/scorecard.md}.
 */
package org.scorelink.scorecard;
