package id.go.madiunkota.e2e.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the portal: the machine's headless Chromium driven through its chromedriver (Debian's packages
 * chromium and chromium-driver, which {@code ./suite} installs; nothing is downloaded at run time). One per story
 * class ({@link BrowserStory}).
 *
 * <p>Every page the browser arrives at is a <em>step</em> with a name: {@link #open}, {@link #follow},
 * {@link #submit} and {@link #switchLanguage} take it. At each step the page is photographed, whole, at
 * {@value #PHONE} and {@value #DESKTOP} pixels wide into {@code target/screenshots/<story>-<nn>-<step>-<width>.png},
 * and checked with axe-core against WCAG 2.1 A and AA at both widths ({@link Axe}); a serious or critical violation
 * fails the step, after its screenshots are written. Between steps the page is shown {@value #PHONE} pixels wide
 * unless {@link #width(int)} says otherwise.
 *
 * <p>Fields are found by their {@code name}, as the portal names them after the API ({@code complainant.name});
 * the message next to a field is the element its {@code aria-describedby} points to ({@link #errorFor}).
 */
public final class Browser implements AutoCloseable {

    /** A phone. */
    public static final int PHONE = 360;
    /** A desktop screen. */
    public static final int DESKTOP = 1280;

    private static final int[] STEP_WIDTHS = {PHONE, DESKTOP};
    /**
     * Quiet: Selenium warns that it has no DevTools binding for this Chromium's version; only the plain Chrome DevTools
     * command of {@link #viewport} is used, which needs none. Held here, since JUL keeps loggers weakly.
     */
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final int VIEW_HEIGHT = 800;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final String story;
    private final Path screenshots;
    private final List<String> steps = new ArrayList<>();
    private int width = PHONE;
    private String lastField;

    private Browser(ChromeDriver driver, Path profile, String story, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.story = story;
        this.screenshots = screenshots;
    }

    /**
     * A new browser, with a fresh profile, for the story named {@code story} (the first part of its screenshots'
     * names). Chromium is {@code CHROMIUM} (default /usr/bin/chromium), its driver {@code CHROMEDRIVER} (default
     * /usr/bin/chromedriver); screenshots go to {@code SCREENSHOTS_DIR} (default target/screenshots of the module).
     */
    public static Browser start(String story) {
        String chromium = env("CHROMIUM", "/usr/bin/chromium");
        String chromedriver = env("CHROMEDRIVER", "/usr/bin/chromedriver");
        for (String program : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: the browser stories need Chromium and its "
                        + "driver (Debian: apt-get install -y chromium chromium-driver; ./suite test installs them "
                        + "when run as root), or CHROMIUM and CHROMEDRIVER pointing at them");
            }
        }
        Path profile;
        Path screenshots;
        try {
            profile = Files.createTempDirectory("e2e-chromium-");
            screenshots = Path.of(env("SCREENSHOTS_DIR",
                    Path.of(System.getProperty("basedir", "."), "target", "screenshots").toString()));
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The driver's path is given, so Selenium Manager is never asked to find or download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + DESKTOP + ","
                + VIEW_HEIGHT);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(driver, profile, story, screenshots);
        browser.width(PHONE);
        return browser;
    }

    /** Shows the pages {@code pixels} wide from now on (a phone below 600: mobile viewport rules apply). */
    public Browser width(int pixels) {
        this.width = pixels;
        viewport(pixels, VIEW_HEIGHT);
        return this;
    }

    /** Opens the portal's {@code path} (with its query) as the step {@code step}. */
    public Browser open(String path, String step) {
        driver.get(Stack.portalUrl() + path);
        return arrived(step);
    }

    /** Follows the first link to {@code href} (as written in the page) as the step {@code step}. */
    public Browser follow(String href, String step) {
        return clickAndArrive(() -> driver.findElement(By.cssSelector("a[href=\"" + href + "\"]")), step);
    }

    /** Goes back one page, as the browser's back button does (the page was checked when first reached). */
    public Browser back() {
        driver.navigate().back();
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        lastField = null;
        return this;
    }

    /** Follows the language switch in the page's header (Bahasa Indonesia ↔ English) as the step {@code step}. */
    public Browser switchLanguage(String step) {
        return clickAndArrive(() -> driver.findElement(By.cssSelector("header nav a[hreflang]")), step);
    }

    /** Types {@code text} into the field named {@code name}, replacing what it held. */
    public Browser fill(String name, String text) {
        again(() -> {
            WebElement field = driver.findElement(By.name(name));
            field.clear();
            field.sendKeys(text);
        });
        lastField = name;
        return this;
    }

    /**
     * Gives the date or time field named {@code name} the value {@code value} as the browser's own picker would
     * ({@code 2026-12-08T09:30} for a date and time, {@code 2026-12-08} for a date): typing into those fields
     * depends on the browser's locale, picking does not.
     */
    public Browser set(String name, String value) {
        again(() -> driver.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                driver.findElement(By.name(name)), value));
        lastField = name;
        return this;
    }

    /**
     * Chooses {@code value} among the radio buttons named {@code name} (or ticks the checkbox of that name and value),
     * by clicking its label as a visitor does.
     */
    public Browser choose(String name, String value) {
        again(() -> {
            WebElement option = driver.findElement(By.cssSelector("input[name=\"" + name + "\"][value=\"" + value
                    + "\"]"));
            driver.findElement(By.cssSelector("label[for=\"" + option.getDomAttribute("id") + "\"]")).click();
        });
        lastField = name;
        return this;
    }

    /** Picks the option of value {@code value} in the drop-down list named {@code name}. */
    public Browser select(String name, String value) {
        again(() -> new Select(driver.findElement(By.name(name))).selectByValue(value));
        lastField = name;
        return this;
    }

    /**
     * Presses the submit button of the form holding the field filled last (else the first form of the page's main
     * part) and waits for the page that answers, the step {@code step}.
     */
    public Browser submit(String step) {
        String field = lastField;
        return clickAndArrive(() -> {
            WebElement form = field != null && !driver.findElements(By.name(field)).isEmpty()
                    ? driver.findElement(By.name(field)).findElement(By.xpath("ancestor::form"))
                    : driver.findElement(By.cssSelector("main form"));
            return form.findElement(By.cssSelector("button[type=submit], input[type=submit]"));
        }, step);
    }

    /** Types {@code keys} (text, {@code Keys.TAB}, arrows…) into what has the focus, as a keyboard-only user does. */
    public Browser type(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        return this;
    }

    /** Presses Enter on what has the focus (a button) and waits for the page that answers, the step {@code step}. */
    public Browser enter(String step) {
        String mark = markPage();
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForNewPage(mark);
        return arrived(step);
    }

    /** Presses the submit button of the form with {@code id} (a page with several forms) as the step {@code step}. */
    public Browser submitForm(String id, String step) {
        return clickAndArrive(() -> driver.findElement(By.id(id))
                .findElement(By.cssSelector("button[type=submit], input[type=submit]")), step);
    }

    /** Presses the submit button of the (first) form inside the element with {@code id} as the step {@code step}. */
    public Browser submitFormOf(String id, String step) {
        return clickAndArrive(() -> driver.findElement(By.id(id)).findElement(By.tagName("form"))
                .findElement(By.cssSelector("button[type=submit], input[type=submit]")), step);
    }

    /** The text of the element with {@code id}, as shown. */
    public String text(String id) {
        return driver.findElement(By.id(id)).getText().strip();
    }

    /** Whether the page holds an element with {@code id}. */
    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** What the field named {@code name} holds now (a text field or area; for radio buttons the one checked). */
    public String value(String name) {
        List<WebElement> fields = driver.findElements(By.name(name));
        if (fields.isEmpty()) {
            throw new NoSuchElementException("no field named " + name + " on " + driver.getCurrentUrl());
        }
        for (WebElement field : fields) {
            if (!"radio".equals(field.getDomAttribute("type")) || field.isSelected()) {
                return field.getDomProperty("value");
            }
        }
        return null;
    }

    /**
     * The message shown for the field named {@code name}: the element with class {@code error} among those its
     * {@code aria-describedby} names (for radio buttons, those of their fieldset), so only a message a screen reader
     * reads with the field counts. Null when there is none.
     */
    public String errorFor(String name) {
        WebElement field = driver.findElement(By.name(name));
        String described = field.getDomAttribute("aria-describedby");
        if (described == null && "radio".equals(field.getDomAttribute("type"))) {
            described = field.findElement(By.xpath("ancestor::fieldset")).getDomAttribute("aria-describedby");
        }
        if (described == null) {
            return null;
        }
        for (String id : described.trim().split("\\s+")) {
            List<WebElement> found = driver.findElements(By.id(id));
            if (!found.isEmpty() && (" " + found.get(0).getDomAttribute("class") + " ").contains(" error ")) {
                return found.get(0).getText().strip();
            }
        }
        return null;
    }

    /** The page's language ({@code <html lang>}). */
    public String lang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** The page's {@code <h1>}. */
    public String heading() {
        return driver.findElement(By.tagName("h1")).getText().strip();
    }

    /** The text of the page's main part. */
    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** The page's address, without the portal's origin. */
    public String path() {
        return driver.getCurrentUrl().substring(Stack.portalUrl().length());
    }

    /** The {@code href} of each element matching {@code css}. */
    public List<String> links(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    /** The value of the cookie {@code name}, null when not set. */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Forgets every cookie of every site, Keycloak's too (its session cookies have paths of their own, which the
     * WebDriver call for the page's cookies does not reach): the next page is seen by a new visitor, who logs in anew.
     */
    public void forgetCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /**
     * The page as it is now, whole, at the story's width, into {@code <story>-<what>-<width>.png}; no check (for a
     * story that failed: what the browser showed).
     */
    public void photograph(String what) {
        screenshot(story + "-" + what + "-" + width + ".png", width);
        viewport(width, VIEW_HEIGHT);
    }

    /**
     * Logs in as a demo user (password {@code demo}) from the page shown: the header's "Masuk" leads to Keycloak's
     * login page (photographed as the step {@code step}-keycloak, not checked by axe: it is Keycloak's page, not the
     * portal's), where the name and password are typed; Keycloak sends the browser back to the page it came from,
     * the step {@code step}.
     */
    public Browser logIn(String user, String step) {
        clickAndWait(() -> driver.findElement(By.id("masuk")));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        screenshot(String.format("%s-%02d-%s-keycloak-%d.png", story, steps.size() + 1, step, width), width);
        viewport(width, VIEW_HEIGHT);
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        clickAndWait(() -> driver.findElement(By.id("kc-login")));
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(Stack.portalUrl()));
        return arrived(step);
    }

    /** The underlying driver, for what this class does not offer. */
    public ChromeDriver driver() {
        return driver;
    }

    /** The steps so far, as named in the screenshots. */
    public List<String> steps() {
        return List.copyOf(steps);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }

    private Browser clickAndArrive(Supplier<WebElement> target, String step) {
        clickAndWait(target);
        return arrived(step);
    }

    /**
     * Clicks what {@code target} finds and waits until another page has replaced the one shown. The page shown is
     * marked with a value of its own in its {@code window}; a new page does not have it. (Waiting for the old
     * {@code <html>} element to go stale is not enough: during the navigation Chromium's driver may answer "Node with
     * given id does not belong to the document" instead of "stale", and that error ended a CI run.)
     */
    private void clickAndWait(Supplier<WebElement> target) {
        String mark = markPage();
        again(() -> target.get().click());
        waitForNewPage(mark);
    }

    private String markPage() {
        String mark = "page-" + System.nanoTime();
        driver.executeScript("window.e2ePage = arguments[0];", mark);
        return mark;
    }

    private void waitForNewPage(String mark) {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> !mark.equals(
                ((JavascriptExecutor) d).executeScript("return window.e2ePage;")));
    }

    /**
     * Runs {@code action}, and once more if the nodes it found were renewed under it: Chromium now and then renews
     * the page's nodes when the emulated width changes back after a step's photographs ("Node with given id does
     * not belong to the document", or a stale element).
     */
    private static void again(Runnable action) {
        try {
            action.run();
        } catch (WebDriverException e) {
            if (!(e instanceof StaleElementReferenceException)
                    && !String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                throw e;
            }
            action.run();
        }
    }

    /**
     * The step {@code step} reached: the page loaded, photographed at each width and checked by axe at each; then
     * shown at the story's width again. Fails, after the screenshots, on a serious or critical axe violation.
     */
    private Browser arrived(String step) {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        lastField = null;
        String name = String.format("%s-%02d-%s", story, steps.size() + 1, step);
        steps.add(name);
        List<String> problems = new ArrayList<>();
        for (int w : STEP_WIDTHS) {
            screenshot(name + "-" + w + ".png", w);
            viewport(w, VIEW_HEIGHT);
            Axe.Result result = Axe.check(driver);
            result.notes().forEach(note -> System.out.printf("axe note on %s at %d px: %s%n", name, w, note));
            if (!result.failures().isEmpty()) {
                problems.add("at " + w + " px:\n" + String.join("\n", result.failures()));
            }
        }
        viewport(width, VIEW_HEIGHT);
        if (!problems.isEmpty()) {
            throw new AssertionError("axe (WCAG 2.1 A/AA) found serious or critical violations on step " + name
                    + " (" + driver.getCurrentUrl() + "), screenshots in " + screenshots + ":\n"
                    + String.join("\n", problems));
        }
        return this;
    }

    /** The whole page, {@code pixels} wide and as tall as its content, into {@code file}. */
    private void screenshot(String file, int pixels) {
        viewport(pixels, VIEW_HEIGHT);
        Number tall = (Number) driver.executeScript("return Math.max(document.documentElement.scrollHeight, "
                + "document.body ? document.body.scrollHeight : 0)");
        viewport(pixels, Math.max(VIEW_HEIGHT, Math.min(tall.intValue(), 16_000)));
        try {
            Files.write(screenshots.resolve(file), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays the page out in a viewport of that size (Chrome's device emulation; below 600 pixels, a phone's). */
    private void viewport(int pixels, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", pixels, "height", height,
                "deviceScaleFactor", 1, "mobile", pixels < 600));
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
