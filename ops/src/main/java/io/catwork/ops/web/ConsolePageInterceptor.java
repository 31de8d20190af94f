package io.catwork.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every console view the page it is shown on ({@code consolePage}), which its forms send back as
 * {@link ConsoleResponses#BACK}. A part of a page loaded by the console's script ({@code X-Console-Page}) is on the
 * page that loaded it. A view rendered for a part of a page ({@code X-Console-Fragment}) is told so
 * ({@code consoleFragment}).
 */
final class ConsolePageInterceptor implements HandlerInterceptor {
    static final String PAGE_HEADER = "X-Console-Page";
    static final String FRAGMENT_HEADER = "X-Console-Fragment";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String loadedBy = request.getHeader(PAGE_HEADER);
        if (loadedBy != null && ConsoleResponses.isConsolePage(loadedBy)) {
            page = loadedBy;
        }
        view.addObject("consolePage", page);
        view.addObject("consoleFragment", request.getHeader(FRAGMENT_HEADER) != null);
    }
}
