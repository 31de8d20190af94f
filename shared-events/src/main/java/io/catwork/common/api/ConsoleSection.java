package io.catwork.common.api;

import java.util.Objects;

/**
 * A section of the managers' console that a module serves: its title in the console's navigation, the page it opens
 * ({@code /console/...}), and its place among the sections (lower first).
 */
public record ConsoleSection(String title, String path, int order) {

    public ConsoleSection {
        Objects.requireNonNull(title, "title");
        if (path == null || !path.startsWith("/console/")) {
            throw new IllegalArgumentException("a console section's page is under /console/: " + path);
        }
    }
}
