package io.catwork.ops.web;

import io.catwork.common.api.ConsoleSection;
import io.catwork.common.api.ModuleDeclaration;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The console's sections, as the modules declared them, in their order: the navigation of every console page. */
@Component
public class ConsoleSections {
    private final List<ConsoleSection> sections;

    ConsoleSections(List<ModuleDeclaration> modules) {
        this.sections = modules.stream().flatMap(module -> module.consoleSections().stream())
                .sorted(Comparator.comparingInt(ConsoleSection::order).thenComparing(ConsoleSection::title))
                .toList();
        if (sections.isEmpty()) {
            throw new IllegalStateException("no module declares a console section");
        }
    }

    public List<ConsoleSection> all() {
        return sections;
    }

    /** Where the console starts: the first section's page. */
    public String home() {
        return sections.get(0).path();
    }
}
