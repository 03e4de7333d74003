package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.Axe;
import id.go.madiunkota.e2e.support.BrowserStory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check itself: on a page made to break WCAG (an image without text, a field without a label, grey
 * text on white) axe reports each as a failure, so that a browser story passing means axe ran and found nothing.
 */
class AxeCheckBrowserTest extends BrowserStory {

    @Test
    void aPageThatBreaksTheRulesFails() {
        String page = """
                <!DOCTYPE html><html lang="id"><head><title>Uji</title></head><body><main>
                <h1>Uji</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <form><input type="text" name="nama"></form>
                <p style="color:#bbb;background:#fff">Teks pucat</p></main></body></html>""";
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        Axe.Result result = Axe.check(browser.driver());
        System.out.println("as a story's failure shows them:\n" + String.join("\n", result.failures()));
        assertThat(String.join("\n", result.failures())).contains("image-alt (critical)", "label (critical)",
                "color-contrast (serious)");
    }
}
