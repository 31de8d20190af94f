package io.catwork.common.api;

import java.util.List;

/**
 * What one part of a business module brings to the application: its processing groups, its error codes and its
 * sections of the managers' console. Each part (command side, query side) of a module declares one as a bean; ops
 * assembles every declaration and names no group, no code and no section itself. Endpoint roles are declared on the
 * controllers ({@link Access}).
 */
public record ModuleDeclaration(String module, List<ProcessingGroupDeclaration> processingGroups,
                                List<? extends ErrorCode> errorCodes, List<ConsoleSection> consoleSections) {

    public ModuleDeclaration {
        processingGroups = List.copyOf(processingGroups);
        errorCodes = List.copyOf(errorCodes);
        consoleSections = List.copyOf(consoleSections);
    }

    public static ModuleDeclaration of(String module, ProcessingGroupDeclaration... groups) {
        return new ModuleDeclaration(module, List.of(groups), List.of(), List.of());
    }

    public ModuleDeclaration withErrorCodes(List<? extends ErrorCode> codes) {
        return new ModuleDeclaration(module, processingGroups, codes, consoleSections);
    }

    public ModuleDeclaration withConsoleSections(ConsoleSection... sections) {
        return new ModuleDeclaration(module, processingGroups, errorCodes, List.of(sections));
    }
}
