package io.catwork.ops.processing;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.common.api.ProcessingKind;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every processing group the modules declared, by name. Ops configures processors, error handling, dead letters and
 * replay from these declarations and names no group itself; a group that no module declared stops the start-up.
 */
public final class DeclaredProcessing {
    private final Map<String, ProcessingGroupDeclaration> groups = new LinkedHashMap<>();

    public DeclaredProcessing(List<ModuleDeclaration> modules) {
        for (ModuleDeclaration module : modules) {
            for (ProcessingGroupDeclaration group : module.processingGroups()) {
                ProcessingGroupDeclaration earlier = groups.putIfAbsent(group.name(), group);
                if (earlier != null) {
                    throw new IllegalStateException("processing group " + group.name() + " is declared twice");
                }
            }
        }
    }

    public Collection<ProcessingGroupDeclaration> all() {
        return groups.values();
    }

    public Optional<ProcessingGroupDeclaration> find(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    public Optional<ProcessingKind> kindOf(String name) {
        return find(name).map(ProcessingGroupDeclaration::kind);
    }

    public boolean parksInDeadLetterQueue(String name) {
        return kindOf(name).filter(kind -> kind == ProcessingKind.PROJECTION || kind == ProcessingKind.SIDE_EFFECT)
                .isPresent();
    }

    public List<ProcessingGroupDeclaration> ofKind(ProcessingKind kind) {
        return groups.values().stream().filter(group -> group.kind() == kind).toList();
    }

    /** Fails when Axon runs a processor that no module declared. */
    public void requireDeclared(Set<String> processorNames) {
        Set<String> undeclared = new TreeSet<>(processorNames);
        undeclared.removeAll(groups.keySet());
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("processing groups " + undeclared + " are not declared by any module: "
                    + "add them to the module's ModuleDeclaration with their kind");
        }
    }
}
