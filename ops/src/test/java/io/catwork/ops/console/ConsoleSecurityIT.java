package io.catwork.ops.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.catwork.ops.testing.ConsoleTest;
import io.catwork.ops.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Who may use the console: managers signed in through its login page; CSRF tokens on every form; logout. */
class ConsoleSecurityIT extends ConsoleTest {

    @Test
    void theLoginPageIsOpenAndEveryOtherPageSendsAnAnonymousBrowserToIt() throws Exception {
        String login = anonymous().page("/console/login");
        assertThat(login).contains("<label for=\"email\">Email</label>", "name=\"_csrf\"");
        for (String page : new String[] {"/console", "/console/orders", "/console/no-such-page"}) {
            MockHttpServletResponse refused = anonymous().get(page);
            assertThat(refused.getStatus()).as(page).isEqualTo(302);
            assertThat(refused.getRedirectedUrl()).as(page).endsWith("/console/login");
        }
        assertThat(anonymous().get("/console/assets/console.css").getStatus()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageWithOneMessage() throws Exception {
        Browser browser = anonymous();
        MockHttpServletResponse failed = browser.post("/console/login",
                Map.of("email", ADMIN_EMAIL, "password", "not-the-password"));
        assertThat(failed.getRedirectedUrl()).endsWith("/console/login?error=1");
        assertThat(browser.follow(failed)).contains("Wrong email or password.");
        assertThat(browser.get("/console/orders").getStatus()).isEqualTo(302);
    }

    @Test
    void aSignedInManagerGetsTheConsole() throws Exception {
        Browser browser = anonymous();
        MockHttpServletResponse login = browser.post("/console/login",
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(login.getRedirectedUrl()).endsWith("/console");
        assertThat(browser.get("/console").getRedirectedUrl()).as("the first section").isEqualTo("/console/orders");
        String orders = browser.page("/console/orders");
        assertThat(orders).contains("<h1>Orders</h1>", ADMIN_EMAIL);
        // the navigation: the sections the modules declared, in their order
        assertThat(orders.replaceAll("\\s+", " ")).containsSubsequence("<a href=\"/console/orders\">Orders</a>",
                "<a href=\"/console/reviews\">Reviews</a>", "<a href=\"/console/bets\">Bets</a>",
                "<a href=\"/console/billing\">Billing</a>", "<a href=\"/console/operations\">Operations</a>");
        assertThat(browser.page("/console/login")).as("the login page stays open").contains("Sign in");
    }

    @Test
    void anyoneButAManagerGets403OnEveryPage() throws Exception {
        Fixtures.Account client = given.client();
        Browser browser = signIn(client.email(), client.password());
        for (String page : new String[] {"/console/orders", "/console/reviews", "/console/operations",
                "/console/billing", "/console/bets"}) {
            MockHttpServletResponse refused = browser.get(page);
            assertThat(refused.getStatus()).as(page).isEqualTo(403);
            assertThat(refused.getContentAsString()).as(page).contains("Only managers may use the console.");
        }
        Fixtures.Account assembler = given.staff("ASSEMBLER");
        assertThat(signIn(assembler.email(), assembler.password()).get("/console/orders").getStatus())
                .isEqualTo(403);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        Browser browser = manager();
        MockHttpServletResponse refused = browser.postWithoutToken("/console/logout", Map.of());
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("Reload the page and try again.");
        assertThat(browser.get("/console/orders").getStatus()).as("still signed in").isEqualTo(200);

        MockHttpServletResponse loginFromElsewhere = anonymous().postWithoutToken("/console/login",
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(loginFromElsewhere.getStatus()).isEqualTo(403);
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        Browser browser = manager();
        MockHttpServletResponse out = browser.post("/console/logout", Map.of());
        assertThat(out.getRedirectedUrl()).endsWith("/console/login?signedOut=1");
        assertThat(browser.follow(out)).contains("You have signed out.");
        assertThat(browser.get("/console/orders").getStatus()).isEqualTo(302);
    }

    /** A real browser's round trip over HTTP (MockMvc has no cookies of its own and no servlet filters). */
    private final class HttpBrowser {
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build();
        private final String address = io.catwork.ops.testing.Api.asClient();
        java.net.http.HttpResponse<String> last;

        java.net.http.HttpResponse<String> get(String path) throws Exception {
            last = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Forwarded-For", address).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return last;
        }

        /** The login form as the page sends it, with the CSRF token of a fresh login page. */
        java.net.http.HttpResponse<String> signIn(String email, String password) throws Exception {
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(get("/console/login").body());
            assertThat(token.find()).as("the login form's CSRF token").isTrue();
            String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
            last = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                            + "/console/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", address)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return last;
        }

        private String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void theLoginPageStartsNoSessionAndTheSignedInSessionCookieIsHttpOnlyAndStrict() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        var page = browser.get("/console/login");
        assertThat(page.headers().allValues("Set-Cookie")).as("the login page keeps its CSRF token in a cookie")
                .noneMatch(cookie -> cookie.startsWith("CATWORK_CONSOLE="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("CATWORK_CONSOLE_CSRF=").contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict").contains("Path=/console"));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
        assertThat(browser.get("/console/orders").headers().allValues("Set-Cookie"))
                .as("nor does a page asked for before sign-in").noneMatch(cookie -> cookie.startsWith("CATWORK_CONSOLE="));

        var signedIn = browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("CATWORK_CONSOLE=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .doesNotContain("Secure"));
        assertThat(browser.get("/console/orders").body()).contains("<h1>Orders</h1>");
    }

    @Test
    void failedConsoleLoginsCountPerEmailHoweverTheEmailIsPadded() throws Exception {
        Fixtures.Account client = given.client();
        String[] disguises = {client.email(), " " + client.email(), client.email().toUpperCase(),
                client.email() + "\u0001", "\t" + client.email() + " ".repeat(400)};
        for (int attempt = 0; attempt < 10; attempt++) {
            var failed = new HttpBrowser().signIn(disguises[attempt % disguises.length], "not-the-password");
            assertThat(failed.headers().firstValue("Location").orElse("")).as("attempt " + attempt)
                    .endsWith("/console/login?error=1");
        }
        var refused = new HttpBrowser().signIn(client.email() + "\u0002", client.password());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("Too many sign-ins");
    }

    @Test
    void theSessionKeepsNoPasswordHashAndEndsWhenTheAccountsRoleChanges() throws Exception {
        String email = Fixtures.unique("manager") + "@catwork.test";
        assertThat(api.post("/api/staff").bearer(given.managerToken()).json(Map.of("name", "Manager Two", "email",
                email, "password", "staff-secret-1", "role", "MANAGER")).send().status()).isEqualTo(201);
        Browser browser = signIn(email, "staff-secret-1");
        MockHttpServletResponse page = browser.get("/console/orders");
        assertThat(page.getStatus()).isEqualTo(200);
        var session = browser.session();
        var context = (org.springframework.security.core.context.SecurityContext) session.getAttribute(
                "SPRING_SECURITY_CONTEXT");
        assertThat(((org.springframework.security.core.userdetails.UserDetails) context.getAuthentication()
                .getPrincipal()).getPassword()).as("the password hash kept in the session").isEmpty();

        jdbc.update("update account_credentials set role = 'ASSEMBLER' where email = ?", email);
        MockHttpServletResponse after = browser.get("/console/orders");
        assertThat(after.getStatus()).isEqualTo(302);
        assertThat(after.getRedirectedUrl()).endsWith("/console/login");
    }

    @Test
    void aRefusedFormNeverGoesBackToAnotherSiteOrAnAddressThatDoesNotParse() throws Exception {
        Browser browser = manager();
        String unknownReview = "/console/reviews/" + java.util.UUID.randomUUID() + "/result";
        for (String back : new String[] {"https://evil.example/console", "//evil.example/console", "/console//x",
                "/console/%zz", "/console/orders?q=|x", "/console\\evil", "/api/orders"}) {
            MockHttpServletResponse refused = browser.post(unknownReview, Map.of("back", back, "verdict", "OTHER",
                    "clientContacted", "true", "findings", "x"));
            assertThat(refused.getStatus()).as(back).isBetween(400, 499);
            assertThat(refused.getHeader("Location")).as(back).isNull();
            assertThat(refused.getContentAsString()).as(back).contains("not found");
        }
        MockHttpServletResponse goesBack = browser.post(unknownReview, Map.of("back", "/console/reviews",
                "verdict", "OTHER", "clientContacted", "true", "findings", "x"));
        assertThat(goesBack.getStatus()).isEqualTo(303);
        assertThat(goesBack.getHeader("Location")).isEqualTo("/console/reviews");
        assertThat(browser.follow(goesBack)).contains("not found");
    }
}
