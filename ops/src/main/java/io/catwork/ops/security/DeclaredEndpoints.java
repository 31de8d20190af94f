package io.catwork.ops.security;

import io.catwork.common.api.Access;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds the controller method a request would reach, exactly as the dispatcher will (the same mapping, the decoded and
 * normalised path, HEAD served by GET), and reads its {@link Access}. Empty: no module declared such an endpoint.
 */
@Component
class DeclaredEndpoints {
    private static final String RESOLVED = DeclaredEndpoints.class.getName() + ".endpoint";

    private final RequestMappingHandlerMapping mapping;
    private final Map<java.lang.reflect.Method, Boolean> multipart = new java.util.concurrent.ConcurrentHashMap<>();

    /** A declared endpoint: who may call it, and whether it takes a multipart upload. */
    record Endpoint(Access access, boolean multipart) {
    }

    DeclaredEndpoints(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    Optional<Access> accessOf(HttpServletRequest request) {
        return endpointOf(request).map(Endpoint::access);
    }

    @SuppressWarnings("unchecked")
    Optional<Endpoint> endpointOf(HttpServletRequest request) {
        Object resolved = request.getAttribute(RESOLVED);
        if (resolved == null) {
            resolved = resolve(request);
            request.setAttribute(RESOLVED, resolved);
        }
        return (Optional<Endpoint>) resolved;
    }

    private Optional<Endpoint> resolve(HttpServletRequest request) {
        HttpServletRequest probe = new PrivateAttributes(request);
        ServletRequestPathUtils.parseAndCache(probe);
        try {
            HandlerExecutionChain chain = mapping.getHandler(probe);
            return chain != null && chain.getHandler() instanceof HandlerMethod method
                    ? accessOf(method).map(access -> new Endpoint(access, takesMultipart(method)))
                    : Optional.empty();
        } catch (HttpMediaTypeException wrongMediaType) {
            return accessByPathAndMethod(probe).map(access -> new Endpoint(access, false));
        } catch (Exception noSuchEndpoint) {
            return Optional.empty();
        }
    }

    /** Whether the endpoint declares that it consumes {@code multipart/form-data} (the photo uploads). */
    private boolean takesMultipart(HandlerMethod method) {
        return multipart.computeIfAbsent(method.getMethod(), handler -> mapping.getHandlerMethods().entrySet()
                .stream()
                .filter(entry -> entry.getValue().getMethod().equals(handler))
                .anyMatch(entry -> entry.getKey().getConsumesCondition().getConsumableMediaTypes().stream()
                        .anyMatch(MediaType.MULTIPART_FORM_DATA::includes)));
    }

    /**
     * The endpoint's path and method match but not its media types (the dispatcher will answer 415 or 406): the access
     * of the endpoints with that path and method, when they all agree.
     */
    private Optional<Access> accessByPathAndMethod(HttpServletRequest request) {
        Set<Optional<Access>> found = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getMatchingCondition(request) != null
                    && info.getMethodsCondition().getMatchingCondition(request) != null) {
                found.add(accessOf(entry.getValue()));
            }
        }
        return found.size() == 1 ? found.iterator().next() : Optional.empty();
    }

    private static Optional<Access> accessOf(HandlerMethod method) {
        Access access = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
        if (access == null) {
            access = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
        }
        return Optional.ofNullable(access);
    }

    /** The request with attributes of its own, so that looking up its handler leaves no trace on the real one. */
    private static final class PrivateAttributes extends HttpServletRequestWrapper {
        private final Map<String, Object> own = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        PrivateAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (own.containsKey(name)) {
                return own.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            own.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            own.remove(name);
            removed.add(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(own.keySet());
            return Collections.enumeration(names);
        }
    }
}
