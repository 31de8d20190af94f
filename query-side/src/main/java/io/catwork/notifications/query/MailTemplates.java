package io.catwork.notifications.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an email's subject and body with Thymeleaf (text mode) from {@code mail/<language>/<template>.subject.txt}
 * and {@code .body.txt}. The language is {@code catwork.notifications.locale}; a template missing in that language
 * falls back to Russian, the company's language.
 */
@Component
class MailTemplates {
    static final String FALLBACK_LANGUAGE = "ru";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final TemplateEngine engine = new TemplateEngine();
    /** Template name → the language it is rendered in: looked up on the class path once per template. */
    private final Map<String, String> languages = new ConcurrentHashMap<>();
    private final Locale locale;
    private final ZoneId zone;

    MailTemplates(NotificationProperties properties, @Value("${catwork.billing.zone:Europe/Moscow}") ZoneId zone) {
        this.zone = zone;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        this.locale = properties.locale();
    }

    record Rendered(String subject, String body) {
    }

    /** A moment as emails show it: day and time in the business zone. */
    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** A day as emails show it (a billing period's first or last day, already a day of the business zone). */
    String date(LocalDate day) {
        return DATE.format(day);
    }

    ZoneId zone() {
        return zone;
    }

    Rendered render(String template, Map<String, Object> variables) {
        String language = languages.computeIfAbsent(template,
                name -> exists(locale.getLanguage(), name) ? locale.getLanguage() : FALLBACK_LANGUAGE);
        Context context = new Context(locale, variables);
        String subject = WHITESPACE.matcher(engine.process(language + "/" + template + ".subject", context).strip())
                .replaceAll(" ");
        String body = engine.process(language + "/" + template + ".body", context);
        return new Rendered(subject, body);
    }

    private static boolean exists(String language, String template) {
        return new ClassPathResource("mail/" + language + "/" + template + ".subject.txt").exists();
    }
}
