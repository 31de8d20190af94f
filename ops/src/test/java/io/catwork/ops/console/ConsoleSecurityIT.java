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
    void aSignedInManagerGetsTheConsoleWithAnHttpOnlyStrictSessionCookie() throws Exception {
        Browser browser = anonymous();
        MockHttpServletResponse login = browser.post("/console/login",
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(login.getRedirectedUrl()).endsWith("/console/orders");
        assertThat(browser.page("/console/orders")).contains("<h1>Orders</h1>", ADMIN_EMAIL);
        assertThat(browser.get("/console").getRedirectedUrl()).isEqualTo("/console/orders");
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

    @Test
    void theSessionCookieIsHttpOnlyAndStrictlySameSite() {
        var page = api.get("/console/login").send();
        String cookie = page.header("Set-Cookie");
        assertThat(cookie).as("the login page starts a session for its CSRF token").startsWith("CATWORK_CONSOLE=")
                .contains("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContain("Secure");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
    }
}
