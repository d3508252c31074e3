package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * Runs the fixture corpus in {@code lrs-fixtures/xapi} (see its README): every valid statement
 * passes for the versions it applies to, every invalid one is rejected with a message naming its
 * property path.
 */
class StatementValidatorFixturesTest {

    static final Path CORPUS = Path.of(System.getProperty("basedir", "."), "lrs-fixtures/xapi");

    private final StatementValidator validator = new StatementValidator();

    @TestFactory
    Stream<DynamicTest> validStatementsPass() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : jsonFiles(CORPUS.resolve("valid"))) {
            String name = file.getFileName().toString();
            boolean twoOnly = name.endsWith(".v2.json");
            JsonObject statement = read(file);
            tests.add(DynamicTest.dynamicTest("valid/" + name + " [2.0.0]",
                    () -> validator.validate(statement, XapiVersion.V2_0_0, "statement")));
            if (twoOnly) {
                tests.add(DynamicTest.dynamicTest("valid/" + name + " rejected [1.0.3]",
                        () -> assertThrows(XapiException.class,
                                () -> validator.validate(statement, XapiVersion.V1_0_3, "statement"))));
            } else {
                tests.add(DynamicTest.dynamicTest("valid/" + name + " [1.0.3]",
                        () -> validator.validate(statement, XapiVersion.V1_0_3, "statement")));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> invalidStatementsAreRejected() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Path root = CORPUS.resolve("invalid");
        for (Path file : jsonFiles(root)) {
            String name = root.relativize(file).toString().replace('\\', '/');
            JsonObject fixture = read(file);
            String version = fixture.getString("version");
            String path = fixture.getString("path");
            JsonObject statement = fixture.getJsonObject("statement");
            for (XapiVersion v : versions(version, name)) {
                tests.add(DynamicTest.dynamicTest("invalid/" + name + " [" + v.header() + "]", () -> {
                    XapiException e = assertThrows(XapiException.class,
                            () -> validator.validate(statement, v, "statement"),
                            () -> name + " was accepted; expected: " + fixture.getString("rule"));
                    assertEquals(XapiException.Kind.BAD_REQUEST, e.kind());
                    String expected = "statement." + path + ":";
                    assertTrue(e.getMessage().startsWith(expected),
                            () -> name + ": expected a message starting with <" + expected + "> but was <"
                                    + e.getMessage() + ">");
                    assertTrue(e.getMessage().matches(".*\\((Data|xAPI 2\\.0) [^)]*\\)$"),
                            () -> name + ": the message should cite the spec section: " + e.getMessage());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void corpusIsBroad() throws IOException {
        assertTrue(jsonFiles(CORPUS.resolve("valid")).size() >= 30, "valid fixtures");
        assertTrue(jsonFiles(CORPUS.resolve("invalid")).size() >= 100, "invalid fixtures");
    }

    @Test
    void invalidFixturesAreWellFormed() throws IOException {
        Path root = CORPUS.resolve("invalid");
        for (Path file : jsonFiles(root)) {
            JsonObject fixture = read(file);
            for (String key : List.of("spec", "rule", "version", "path")) {
                assertFalse(fixture.getString(key, "").isBlank(), file + ": " + key);
            }
            assertTrue(fixture.containsKey("statement"), file + ": statement");
            assertEquals(file.getParent().getParent(), root, file + " must be in invalid/<section>/");
        }
    }

    private static List<XapiVersion> versions(String version, String name) {
        switch (version) {
            case "both":
                return List.of(XapiVersion.V1_0_3, XapiVersion.V2_0_0);
            case "1.0.3":
                return List.of(XapiVersion.V1_0_3);
            case "2.0.0":
                return List.of(XapiVersion.V2_0_0);
            default:
                fail(name + ": version must be 1.0.3, 2.0.0 or both, was " + version);
                return List.of();
        }
    }

    static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static JsonObject read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader jr = Json.createReader(r)) {
            return jr.readObject();
        }
    }
}
