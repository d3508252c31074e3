package org.scorelink.scorecard.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** What one parse collects: problems, where each path starts, and whether the model read is faithful. */
final class ParseContext {

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Location> locations = new HashMap<>();
    private boolean faithful = true;

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    static Optional<Location> location(Node node) {
        return node.getStartMark().map(ParseContext::location);
    }

    static Location location(Mark mark) {
        return new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    void locate(String path, Node node) {
        location(node).ifPresent(l -> locations.putIfAbsent(path, l));
    }

    /** An error that leaves the model unusable (a field could not be read; a placeholder stands in). */
    void error(String path, Optional<Location> location, String message) {
        problems.add(Problem.error(path, location, message));
        faithful = false;
    }

    void error(String path, Node node, String message) {
        error(path, location(node), message);
    }

    /** An error after which the model is still what the text says (an unknown or repeated property, ignored). */
    void ignoredError(String path, Node node, String message) {
        problems.add(Problem.error(path, location(node), message));
    }

    /** True when no field had to be replaced by a placeholder: validating the model makes sense. */
    boolean faithful() {
        return faithful;
    }

    List<Problem> problems() {
        return problems;
    }

    Map<String, Location> locations() {
        return locations;
    }

    <T> Parsed<T> result(Optional<T> value) {
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new Parsed<>(errors ? Optional.empty() : value, problems, locations);
    }
}
