package io.catwork.ops.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.CommonErrorCode;
import io.catwork.ops.ratelimit.AccountRateLimitFilter;
import io.catwork.ops.ratelimit.ApplicationRateLimitFilter;
import io.catwork.ops.ratelimit.RateLimitProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {
    private final ObjectProvider<ConsoleSections> sections;

    WebConfiguration(ObjectProvider<ConsoleSections> sections) {
        this.sections = sections;
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration =
                new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Logins and sign-ups: bounded before security runs, so a refused request hashes no password. */
    @Bean
    FilterRegistrationBean<AccountRateLimitFilter> accountRateLimitFilter(RateLimitProperties properties,
                                                                          ObjectMapper mapper, MeterRegistry meters) {
        FilterRegistrationBean<AccountRateLimitFilter> registration =
                new FilterRegistrationBean<>(new AccountRateLimitFilter(properties, mapper, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** First of all filters (before request metrics, correlation and security): a refusal must cost next to nothing. */
    @Bean
    FilterRegistrationBean<ApplicationRateLimitFilter> applicationRateLimitFilter(RateLimitProperties properties,
                                                                                  ObjectMapper mapper,
                                                                                  MeterRegistry meters) {
        FilterRegistrationBean<ApplicationRateLimitFilter> registration =
                new FilterRegistrationBean<>(new ApplicationRateLimitFilter(properties, mapper, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ConsolePageInterceptor(sections)).addPathPatterns("/console/**");
    }

    /** Lets controllers of every module take the caller as an {@link Actor} parameter. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Actor.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest request, WebDataBinderFactory binderFactory) {
                Actor actor = CurrentActor.get();
                if (actor.id() == null) {
                    throw new CatworkException(CommonErrorCode.FORBIDDEN, "this endpoint needs an account");
                }
                return actor;
            }
        });
    }
}
