/**
 * The scorecard model: immutable records and enums, no JPA. {@link org.scorelink.scorecard.entity.Scorecard} is
 * the aggregate root; {@code scorecard.control} parses, validates and serializes it.
 */
package org.scorelink.scorecard.entity;
