package io.catwork.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every console view the page it is shown on ({@code consolePage}), which its forms send back as
 * {@link ConsoleResponses#BACK}, and tells a view rendered as a part of another page ({@code X-Console-Fragment},
 * sent by the console's script) that it is one ({@code consoleFragment}). A part's forms name the part's own page:
 * a refused form goes there, where its fields' messages are shown next to them; a module sends an accepted one back
 * to the page the part belongs to. The layout's navigation lists the sections the modules declared
 * ({@code consoleSections}).
 */
final class ConsolePageInterceptor implements HandlerInterceptor {
    static final String FRAGMENT_HEADER = "X-Console-Fragment";

    private final ObjectProvider<ConsoleSections> sections;

    ConsolePageInterceptor(ObjectProvider<ConsoleSections> sections) {
        this.sections = sections;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        view.addObject("consolePage",
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        view.addObject("consoleFragment", request.getHeader(FRAGMENT_HEADER) != null);
        view.addObject("consoleSections", sections.getObject().all());
    }
}
