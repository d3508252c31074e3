/**
 * The strategy map: perspectives, objectives, measures, targets, causal links and initiatives of a tenant store,
 * as versioned configuration.
 *
 * <ul>
 *   <li>{@code entity}: the immutable model, with {@link org.scorelink.scorecard.entity.Scorecard} as aggregate
 *       root (lookups, org-unit ancestry, causal chains); a stored version and its history entry.</li>
 *   <li>{@code control}: {@code ScorecardParser} (YAML or JSON text → model, problems with line:column and field
 *       path), {@code ScorecardValidator} (references, cycles, targets, formulas), {@code Formulas} (EvalEx),
 *       {@code ScorecardJson} (canonical JSON-P form and RFC 6902 diffs), {@code Scorecards} (the versions of each
 *       store's scorecard, table {@code SC_VERSION}), {@code ScorecardEdits} (element-wise changes),
 *       {@code ScorecardFile} (the configuration file); {@code Scoring} (actuals, targets, scores, trends, roll-up
 *       and exceptions, pure), {@code MeasureValues} (recorded values, table {@code SC_MEASURE_VALUE}) and
 *       {@code ValueEntries} (manual entry as JSON or CSV).</li>
 *   <li>{@code boundary}: the admin API {@code /api/admin/scorecard} (with {@code /values}), loading the
 *       configuration file at startup and its readiness check, and the reports {@code /api/scorecard[/exceptions]}.</li>
 * </ul>
 *
 * <p>Depends on {@code credentials} only: the caller of the APIs and the creation of the configured store. The file
 * format, versions, scoring rules and APIs are documented in {@code docs/scorecard.md}.
 */
package org.scorelink.scorecard;
