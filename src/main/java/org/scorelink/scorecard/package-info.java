/**
 * The strategy map: perspectives, objectives, measures, targets, causal links and initiatives of a tenant store,
 * as versioned configuration.
 *
 * <ul>
 *   <li>{@code entity}: the immutable model, with {@link org.scorelink.scorecard.entity.Scorecard} as aggregate
 *       root (lookups, org-unit ancestry, causal chains).</li>
 *   <li>{@code control}: {@code ScorecardParser} (YAML or JSON text → model, problems with line:column and field
 *       path), {@code ScorecardValidator} (references, cycles, targets, formulas), {@code Formulas} (EvalEx),
 *       {@code ScorecardJson} (canonical JSON-P form and RFC 6902 diffs); {@code Scoring} (actuals, targets,
 *       scores, trends, roll-up and exceptions, pure), {@code MeasureValues} (recorded values) and
 *       {@code ValueEntries} (manual entry as JSON or CSV).</li>
 *   <li>{@code boundary}: {@code /api/scorecard[/exceptions]} and {@code /api/admin/scorecard/values}.</li>
 * </ul>
 *
 * <p>Depends only on {@code credentials} (the authenticated caller and its store). The file format, the scoring
 * rules and the APIs are documented in {@code docs/scorecard.md}.
 */
package org.scorelink.scorecard;
