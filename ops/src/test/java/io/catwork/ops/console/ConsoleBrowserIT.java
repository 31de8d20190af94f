package io.catwork.ops.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.ConsoleTest;
import io.catwork.ops.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: Debian's headless chromium driven through chromedriver (installed by {@code .ci/run}
 * where missing; elsewhere the test is skipped unless {@code CI} is set). A manager signs in, opens an order, moves the
 * time control back and sees the earlier state, submits a review's result (first refused inline), and replays a
 * projection after its confirmation. Each page it passes is saved as a screenshot in
 * {@code ops/target/console-screenshots} (the README's pictures are taken from there).
 */
class ConsoleBrowserIT extends ConsoleTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "chromium and chromedriver are not installed (apt-get install chromium "
                    + "chromium-driver); CI installs them");
        }
        assertThat(installed).as("chromium and chromedriver, installed by .ci/run").isTrue();
        profile = Files.createTempDirectory("catwork-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The whole page, as tall as it is (at most 2,400 pixels), at the window's width. */
    private void screenshot(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        Number height = (Number) ((ChromeDriver) browser).executeScript(
                "return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(),
                Math.max(window.getHeight(), Math.min(2400, height.intValue() + 140))));
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(window);
    }

    @Test
    void aManagerAuditsAnOrderInThePastReviewsItAndReplaysAProjection() throws Exception {
        Fixtures.AssignedOrder order = given.assignedOrder(given.inHours(6));
        String reviewId = api.post("/api/quality-reviews").bearer(given.managerToken())
                .json(Map.of("orderId", order.orderId())).send().json().get("id").asText();

        // sign in
        browser.get(url("/console/orders"));
        waitFor(By.id("email")).sendKeys(ADMIN_EMAIL);
        screenshot("login");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        waitFor(By.cssSelector("main h1"));
        assertThat(browser.getCurrentUrl()).contains("/console/orders");

        // find the order and open it
        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys(order.client().email(), Keys.ENTER);
        waitFor(By.cssSelector("a[href='/console/orders/" + order.orderId() + "']")).click();
        assertThat(waitFor(By.id("order-status")).getText()).isEqualTo("ASSIGNED");
        for (String part : new String[] {"kit", "bets", "review"}) {
            new WebDriverWait(browser, WAIT).withMessage(() -> "the order page's part " + part + ": "
                    + browser.findElement(By.id(part)).getDomProperty("outerHTML"))
                    .until(driver -> "true".equals(driver.findElement(By.id(part)).getDomAttribute("data-loaded")));
        }
        screenshot("order");

        // move the time control back to the first event: the order as it was placed
        WebElement slider = browser.findElement(By.id("at"));
        slider.sendKeys(Keys.HOME);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("at=0"));
        assertThat(waitFor(By.id("order-status")).getText()).isEqualTo("NEW");
        assertThat(browser.findElement(By.id("moment")).getText()).endsWith("UTC");
        assertThat(browser.findElements(By.cssSelector(".timeline li.later"))).isNotEmpty();
        screenshot("order-time-travel");

        // the review: refused without findings (the API's message, inline), then done
        browser.get(url("/console/reviews"));
        waitFor(By.cssSelector("a[href='/console/reviews/" + reviewId + "']")).click();
        WebElement form = waitFor(By.cssSelector("form[action='/console/reviews/" + reviewId + "/result']"));
        new Select(form.findElement(By.name("verdict"))).selectByIndex(1);
        new Select(form.findElement(By.name("clientContacted"))).selectByValue("true");
        // past the browser's own check of the required field, as an older browser would send it: the server's
        // refusal comes back next to the field
        ((ChromeDriver) browser).executeScript("arguments[0].setAttribute('novalidate', '')", form);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.id("findings-error")).getText()).isEqualTo("must not be blank");
        screenshot("review-refused");
        form = waitFor(By.cssSelector("form[action='/console/reviews/" + reviewId + "/result']"));
        form.findElement(By.name("findings")).sendKeys("The worker never arrived; the client was called.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector(".notice"));
        await().atMost(WAIT).until(() -> "DONE".equals(api.get("/api/quality-reviews/" + reviewId)
                .bearer(given.managerToken()).send().json().path("status").asText()));
        screenshot("review-done");

        // replay a projection, after its confirmation
        String projection = "service-types-projection";
        browser.get(url("/console/operations"));
        waitFor(By.cssSelector("a[href='/console/operations/processors/" + projection + "/replay']")).click();
        screenshot("replay-confirmation");
        waitFor(By.cssSelector("form[action='/console/operations/processors/" + projection + "/replay'] "
                + "button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice")).getText()).contains(projection);
        await().atMost(Duration.ofSeconds(90)).until(() -> processor(projection).path("replayState").asText()
                .equals("DONE") && !processor(projection).path("replaying").asBoolean());
        browser.navigate().refresh();
        screenshot("operations");

        // every other page renders in the browser, with no problem shown
        String[][] pages = {{"orders", "/console/orders"}, {"reviews", "/console/reviews?status=DONE"},
                {"bets-fund", "/console/bets"}, {"billing", "/console/billing"},
                {"billing-client", "/console/billing/clients/" + order.client().id()},
                {"billing-worker", "/console/billing/workers/" + order.workerId()},
                {"dead-letters", "/console/operations/dead-letters"}, {"emails", "/console/operations/emails"}};
        for (String[] page : pages) {
            browser.get(url(page[1]));
            assertThat(waitFor(By.cssSelector("main h1")).getText()).as(page[1]).isNotBlank();
            assertThat(browser.findElements(By.cssSelector(".problem"))).as(page[1]).isEmpty();
            screenshot(page[0]);
        }

        // the console on a phone's width
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/console/orders/" + order.orderId()));
        waitFor(By.id("order-status"));
        screenshot("order-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private JsonNode processor(String name) {
        return StreamSupport.stream(api.get("/api/admin/processors").bearer(given.managerToken()).send().json()
                        .spliterator(), false).filter(p -> p.path("name").asText().equals(name)).findFirst()
                .orElseThrow();
    }
}
