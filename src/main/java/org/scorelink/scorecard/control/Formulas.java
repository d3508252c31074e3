package org.scorelink.scorecard.control;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Formula measures: arithmetic over other measures' keys, evaluated with EvalEx ({@code + - * / ^ %}, parentheses,
 * numbers, and functions such as {@code MIN}, {@code MAX}, {@code ABS}, {@code ROUND}, {@code SQRT}, {@code IF}).
 *
 * <p>Every identifier is a variable naming a measure: EvalEx's built-in constants ({@code PI}, {@code E},
 * {@code TRUE}...) are switched off so that a measure may be called {@code e}; arrays, structures and implicit
 * multiplication ({@code 2x}) are off too. Evaluation never throws for bad data: a missing input, a division by
 * zero or a non-numeric result give an empty value with the reason.
 */
public final class Formulas {

    private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .arraysAllowed(false)
            .structuresAllowed(false)
            .implicitMultiplicationAllowed(false)
            .defaultConstants(Map.of())
            .build();

    private Formulas() {
    }

    /**
     * What a syntax check found.
     *
     * @param error     why the formula is not valid (with the 1-based character position), if it is not
     * @param variables the identifiers it uses, sorted — the measures it depends on; empty when not valid
     */
    public record Check(Optional<String> error, Set<String> variables) {
        public Check {
            Objects.requireNonNull(error, "error");
            variables = Set.copyOf(variables);
        }

        public boolean valid() {
            return error.isEmpty();
        }
    }

    /**
     * The outcome of an evaluation: a finite value, or the reason there is none.
     *
     * @param value  the result, when there is one
     * @param reason why there is no value ({@code "no value for headcount"}, {@code "division by zero"}...)
     */
    public record Result(OptionalDouble value, Optional<String> reason) {
        public Result {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
        }

        static Result of(double value) {
            return new Result(OptionalDouble.of(value), Optional.empty());
        }

        static Result none(String reason) {
            return new Result(OptionalDouble.empty(), Optional.of(reason));
        }
    }

    /** Checks the syntax of {@code formula} and lists the measure keys it references. */
    public static Check check(String formula) {
        if (formula.isBlank()) {
            return new Check(Optional.of("the formula is empty"), Set.of());
        }
        Expression expression = new Expression(formula, CONFIG);
        try {
            expression.validate();
            return new Check(Optional.empty(), new TreeSet<>(expression.getUsedVariables()));
        } catch (ParseException e) {
            return new Check(Optional.of(describe(e)), Set.of());
        }
    }

    /** The measure keys {@code formula} references (sorted); empty when it is not valid. */
    public static Set<String> variables(String formula) {
        return check(formula).variables();
    }

    /**
     * Evaluates {@code formula} with {@code values} (measure key → value). Never throws for bad data: a syntax
     * error, an input missing from {@code values} or not finite, a division by zero or a non-numeric or infinite
     * result give an empty result with the reason.
     */
    public static Result evaluate(String formula, Map<String, Double> values) {
        Check check = check(formula);
        if (!check.valid()) {
            return Result.none(check.error().orElseThrow());
        }
        Expression expression = new Expression(formula, CONFIG);
        for (String variable : check.variables()) {
            Double value = values.get(variable);
            if (value == null) {
                return Result.none("no value for " + variable);
            }
            if (!Double.isFinite(value)) {
                return Result.none("no finite value for " + variable);
            }
            expression.with(variable, BigDecimal.valueOf(value));
        }
        try {
            EvaluationValue result = expression.evaluate();
            if (!result.isNumberValue()) {
                return Result.none("the result is not a number");
            }
            double d = result.getNumberValue().doubleValue();
            return Double.isFinite(d) ? Result.of(d) : Result.none("the result is not finite");
        } catch (EvaluationException | ArithmeticException e) {
            return Result.none(reason(e.getMessage()));
        } catch (ParseException e) {
            return Result.none(describe(e));
        }
    }

    /** EvalEx's and BigDecimal's messages in lower case; x/0 and 0/0 both as "division by zero". */
    private static String reason(String message) {
        String m = message == null ? "cannot be evaluated" : message.toLowerCase(Locale.ROOT);
        return m.startsWith("division by zero") || m.startsWith("division undefined") ? "division by zero" : m;
    }

    private static String describe(ParseException e) {
        return e.getMessage() + " at position " + e.getStartPosition();
    }
}
