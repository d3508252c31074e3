package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver. Both are given by path, so
 * Selenium Manager never looks for (or downloads) a browser or a driver.
 *
 * <p>Missing either skips the browser tests with a JUnit assumption, so {@code mvn verify} passes on a machine
 * without them, unless {@value #REQUIRED_ENV}{@code =required} (set by {@code .ci/run}, which installs them):
 * then a missing browser is a failure.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String REQUIRED_ENV = "SCORELINK_BROWSER_TESTS";
    static final Path CHROMIUM = Path.of(System.getProperty("scorelink.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("scorelink.test.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Selenium warns that it has no DevTools (CDP) bindings for this Chromium version: the tests use WebDriver
     * only, never CDP. Held here so the setting is not garbage-collected with the logger.
     */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    /** Generous: a page makes a dozen requests, but the machine may be a loaded 2-core one. */
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);

    /** What a page reported in {@code #result}: its status ("done", "failed"), value, and the browser console. */
    record Outcome(String status, JsonObject value, List<String> console) {
    }

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /**
     * Skips (JUnit assumption) or, with {@value #REQUIRED_ENV}=required, fails the calling test when the browser
     * or its driver is missing.
     */
    static void assumeInstalled() {
        if (installed()) {
            return;
        }
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        String why = "headless Chromium browser tests need " + missing
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("required".equals(System.getenv(REQUIRED_ENV))) {
            fail(why + "; " + REQUIRED_ENV + "=required makes a missing browser a failure");
        }
        Assumptions.abort(why + "; skipped (set " + REQUIRED_ENV + "=required to fail instead)");
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts a browser with a new, empty profile. Check {@link #installed()} first. */
    static HeadlessChromium start() {
        CDP_LOG.setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("scorelink-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No sandbox (CI may run as root); no background networking, component updates or sync: on a closed
        // network Chromium otherwise stalls on them.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withTimeout(PAGE_TIMEOUT).build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PAGE_TIMEOUT).scriptTimeout(PAGE_TIMEOUT);
            return new HeadlessChromium(profile, driver);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** Loads {@code url} and waits until the page sets {@code data-status} on {@code #result}. */
    Outcome run(String url) {
        driver.get(url);
        try {
            new WebDriverWait(driver, PAGE_TIMEOUT).until(d -> d.findElement(By.id("result"))
                    .getDomAttribute("data-status") != null);
        } catch (TimeoutException e) {
            throw new AssertionError("no result from " + url + " within " + PAGE_TIMEOUT + "; console: " + console(), e);
        }
        String status = driver.findElement(By.id("result")).getDomAttribute("data-status");
        String json = (String) driver.executeScript("return document.getElementById('result').textContent");
        return new Outcome(status, LrsClient.json(json).asJsonObject(), console());
    }

    /** The console messages (and network errors) logged since the last call. */
    private List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
