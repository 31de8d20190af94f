package io.catwork.ops.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The base of the console's page tests: the shared application of {@link IntegrationTest}, driven through MockMvc
 * with its security filters (the real login form, session and CSRF checks), so pages are read as HTML. A form is sent
 * with the CSRF token a page of the console carries and the browser's cookies, as a browser sends it (no test
 * replacement of the token's repository: that would change the shared application's filters for every later test).
 */
public abstract class ConsoleTest extends IntegrationTest {
    @Autowired
    private WebApplicationContext context;

    protected MockMvc mvc;

    @BeforeEach
    void console() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** A browser's session signed in through the login form. */
    protected Browser signIn(String email, String password) {
        Browser browser = new Browser();
        MockHttpServletResponse response = browser.post("/console/login",
                Map.of("email", email, "password", password));
        assertThat(response.getStatus()).as("login of " + email).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).as("login of " + email).doesNotContain("error");
        return browser;
    }

    /** A browser that has not signed in. */
    protected Browser anonymous() {
        return new Browser();
    }

    protected Browser manager() {
        return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** One browser: its session, its cookies (the CSRF token's), and the CSRF token its pages carry in every form. */
    public final class Browser {
        private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private MockHttpSession session = new MockHttpSession();
        private final Map<String, Cookie> cookies = new LinkedHashMap<>();

        public MockHttpServletResponse send(MockHttpServletRequestBuilder request) {
            try {
                if (!cookies.isEmpty()) {
                    request.cookie(cookies.values().toArray(Cookie[]::new));
                }
                var result = mvc.perform(request.session(session)).andReturn();
                if (result.getRequest().getSession(false) instanceof MockHttpSession current) {
                    session = current; // a login changes the session's id, as a browser's cookie would follow
                }
                MockHttpServletResponse response = result.getResponse();
                for (Cookie cookie : response.getCookies()) {
                    if (cookie.getMaxAge() == 0) {
                        cookies.remove(cookie.getName());
                    } else {
                        cookies.put(cookie.getName(), cookie);
                    }
                }
                if (response.getContentType() != null && response.getContentType().startsWith("text/")) {
                    response.setCharacterEncoding("UTF-8");
                }
                return response;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        /** The browser's session (its cookie, in a real browser). */
        public MockHttpSession session() {
            return session;
        }

        public MockHttpServletResponse get(String path) {
            return send(MockMvcRequestBuilders.get(path));
        }

        /** A page that must answer 200: its HTML. */
        public String page(String path) {
            MockHttpServletResponse response = get(path);
            try {
                assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
                return response.getContentAsString();
            } catch (java.io.UnsupportedEncodingException e) {
                throw new AssertionError(e);
            }
        }

        /** A form sent as a page sends it: with the CSRF token of a console page's form (the login page's). */
        public MockHttpServletResponse post(String path, Map<String, String> fields) {
            Matcher token = FORM_TOKEN.matcher(page("/console/login"));
            assertThat(token.find()).as("a form's CSRF token").isTrue();
            return send(form(path, fields).param("_csrf", HtmlUtils.htmlUnescape(token.group(1))));
        }

        /** A form sent without a CSRF token (as another site would send it). */
        public MockHttpServletResponse postWithoutToken(String path, Map<String, String> fields) {
            return send(form(path, fields));
        }

        /** Follows a redirect after a form: the page it lands on (flash messages included). */
        public String follow(MockHttpServletResponse redirect) {
            assertThat(redirect.getStatus()).as("a redirect").isIn(302, 303);
            return page(redirect.getHeader("Location"));
        }

        private MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
            fields.forEach(request::param);
            return request;
        }
    }
}
