package id.go.madiunkota.e2e.support;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The base of a story told in a real browser: one headless Chromium per class ({@link #browser}), each test starting
 * as a new visitor (no cookies). Every page the story reaches through the browser is photographed at 360 and 1280
 * pixels and checked by axe ({@link Browser}).
 *
 * <pre>{@code
 * class PpidRequestBrowserTest extends BrowserStory {
 *     @Test
 *     void aCitizenAsksForInformation() {
 *         browser.open("/layanan/ppid/permohonan", "form")
 *                 .fill("applicant.name", "Rina Kusuma")
 *                 .choose("applicant.type", "INDIVIDUAL")
 *                 .submit("sent");
 *         assertThat(browser.text("kode-lacak")).isNotBlank();
 *     }
 * }
 * }</pre>
 *
 * Screenshots: {@code e2e/target/screenshots/ppid-request-01-form-360.png} and so on; the story's name is the class
 * name without {@code BrowserTest}, in lower case with hyphens (override {@link #story()} to choose another). A test
 * that fails leaves what the browser showed in {@code ppid-request-failed-<test>-360.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserStory {

    /** The story's browser, open for the whole class. */
    protected Browser browser;

    /** When a test fails, what the browser showed at that moment: {@code <story>-failed-<test>-<width>.png}. */
    @RegisterExtension
    final TestWatcher photographFailures = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                try {
                    browser.photograph("failed-" + context.getRequiredTestMethod().getName());
                } catch (RuntimeException e) {
                    cause.addSuppressed(e);
                }
            }
        }
    };

    @BeforeAll
    void openBrowser() {
        browser = Browser.start(story());
    }

    @BeforeEach
    void newVisitor() {
        browser.forgetCookies();
        browser.width(Browser.PHONE);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The first part of the screenshots' names: {@code HelpdeskComplaintBrowserTest} gives helpdesk-complaint. */
    protected String story() {
        String name = getClass().getSimpleName().replaceFirst("(Browser)?(Test|Story)$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
