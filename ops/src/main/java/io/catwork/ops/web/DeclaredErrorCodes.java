package io.catwork.ops.web;

import io.catwork.common.api.CommonErrorCode;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.ModuleDeclaration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Every error code: the common ones and those each module declares. A code is unique across modules (it names a
 * problem type); one that a refused command carries but no module declared is answered, and logged as a bug.
 */
@Component
public class DeclaredErrorCodes {
    private final Map<String, ErrorCode> codes = new TreeMap<>();

    DeclaredErrorCodes(List<ModuleDeclaration> modules) {
        Arrays.stream(CommonErrorCode.values()).forEach(this::add);
        modules.forEach(module -> module.errorCodes().forEach(this::add));
    }

    private void add(ErrorCode code) {
        ErrorCode earlier = codes.putIfAbsent(code.name(), code);
        if (earlier != null && earlier != code) {
            throw new IllegalStateException("error code " + code.name() + " is declared by both "
                    + earlier.getClass().getName() + " and " + code.getClass().getName());
        }
    }

    public Optional<ErrorCode> find(String name) {
        return Optional.ofNullable(codes.get(name));
    }

    public Collection<ErrorCode> all() {
        return codes.values();
    }
}
