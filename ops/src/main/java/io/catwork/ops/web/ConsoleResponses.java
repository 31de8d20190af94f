package io.catwork.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * How the console answers what the API answers with problem details: a refused form goes back to its page with the
 * problem, each field's message and the values it was sent with (flash attributes {@code problem}, {@code errors},
 * {@code values}); any other error is a small HTML page with the same detail.
 */
public final class ConsoleResponses {
    /** The hidden field of every console form: the console page to go back to. */
    public static final String BACK = "back";
    private static final String FAILED_LOGIN = ConsoleResponses.class.getName() + ".failedLogin";
    private static final Pattern CONSOLE_PAGE = Pattern.compile("/console(/[A-Za-z0-9._~%\\-/]*)?(\\?[^\\s#]*)?");

    private ConsoleResponses() {
    }

    public static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/console") || path.startsWith("/console/");
    }

    /** A console form's page to go back to: a console path of this server only (never another site). */
    static Optional<String> backOf(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        String back = request.getParameter(BACK);
        return isConsolePage(back) ? Optional.of(back) : Optional.empty();
    }

    /** A path and query of a console page on this server (never another site's address). */
    static boolean isConsolePage(String page) {
        if (page == null || page.length() > 2000 || !CONSOLE_PAGE.matcher(page).matches() || page.contains("//")) {
            return false;
        }
        try {
            URI parsed = new URI(page); // what the redirect and its flash attributes will parse
            UriUtils.decode(parsed.getRawPath(), StandardCharsets.UTF_8);
            return parsed.getScheme() == null && parsed.getRawAuthority() == null;
        } catch (URISyntaxException | IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** Sends a refused form back to its page, with the problem shown there. */
    static void refuseForm(HttpServletRequest request, HttpServletResponse response, String back, String detail,
                           List<Problems.FieldError> errors) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("problem", detail);
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.merge(error.field(), error.message(), (first, second) -> first));
        flash.put("errors", byField);
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, sent) -> {
            if (!name.equals("_csrf") && !name.equals(BACK) && sent.length > 0) {
                values.put(name, sent[0]);
            }
        });
        flash.put("values", values);
        RequestContextUtils.saveOutputFlashMap(back, request, response);
    }

    public static void writeErrorPage(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(errorPage(status, title, detail));
    }

    static String errorPage(int status, String title, String detail) {
        String heading = HtmlUtils.htmlEscape(status + " " + title);
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Catwork console</title><link rel="stylesheet" href="/console/assets/console.css"></head>
                <body><main class="error-page"><h1>%s</h1><p class="problem" role="alert">%s</p>
                <p><a href="/console">Back to the console</a></p></main></body></html>
                """.formatted(heading, heading, HtmlUtils.htmlEscape(detail));
    }

    public static void markFailedLogin(HttpServletRequest request) {
        request.setAttribute(FAILED_LOGIN, Boolean.TRUE);
    }

    public static boolean loginFailed(HttpServletRequest request) {
        return request.getAttribute(FAILED_LOGIN) != null;
    }
}
