package io.catwork.ops.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request will be dispatched by: the container's decoded and normalised servlet path (so
 * {@code /api/%61pplications} and {@code /api/./applications} are {@code /api/applications}, as Spring MVC will see
 * them), never the raw request URI.
 */
final class RequestPaths {
    private RequestPaths() {
    }

    static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? servletPath : servletPath + pathInfo;
    }

    static boolean isPost(HttpServletRequest request, String path) {
        return "POST".equals(request.getMethod()) && path.equals(of(request));
    }
}
