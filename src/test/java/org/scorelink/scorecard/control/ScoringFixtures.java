package org.scorelink.scorecard.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorelink.scorecard.entity.MeasureValue;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Source;

/** The scoring tests' scorecard (scoring.yaml) and a builder of recorded values. */
final class ScoringFixtures {

    static final Scorecard CARD = ScorecardParser.read(Fixtures.text("scoring.yaml")).orElseThrow();

    private ScoringFixtures() {
    }

    static ReportingPeriod period(String text) {
        return ReportingPeriod.parse(text).orElseThrow(() -> new IllegalArgumentException(text));
    }

    static Optional<String> unit(String key) {
        return Optional.of(key);
    }

    /** Recorded values, added fluently. */
    static final class Values {
        final List<MeasureValue> list = new ArrayList<>();

        Values add(String measure, String unit, String period, double value) {
            return add(measure, unit, period, value, Source.OUTCOME);
        }

        Values add(String measure, String unit, String period, double value, Source source) {
            list.add(MeasureValue.of(measure, unit, period(period), value, source));
            return this;
        }

        Values rate(String measure, String unit, String period, double numerator, double denominator) {
            list.add(MeasureValue.ofRate(measure, unit, period(period), numerator, denominator, Source.LEARNING));
            return this;
        }

        Scoring scoring() {
            return new Scoring(CARD, list);
        }

        Actuals actuals() {
            return new Actuals(CARD, list);
        }
    }

    static Values values() {
        return new Values();
    }
}
