package io.catwork.ops.web;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Role;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), assembled from what the modules
 * declare, naming none of them: every operation is tagged with its business module, read from its controller's package
 * ({@code io.catwork.<module>.command} or {@code .query}; ops' own endpoints are {@value #OPERATIONS}, a controller may
 * name its module with swagger's {@code @Tag} instead), and says who may call it, from its {@link Access}. A bearer
 * token is the global security requirement; an open endpoint needs none; an endpoint that declares its own (the token
 * endpoint: HTTP Basic) keeps it. The caller's {@link Actor}, resolved from the token, is no parameter of the API.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {
    /** The security scheme of every endpoint that needs an account: {@code Authorization: Bearer <token>}. */
    public static final String BEARER = "bearer";
    /** The security scheme of {@code POST /api/auth/token} only: the account's email and password. */
    public static final String BASIC = "basic";
    /** The tag of ops' own endpoints (processors, dead letters, nodes). */
    static final String OPERATIONS = "operations";

    private static final String MODULES = "io.catwork.";
    private static final String OPS = "ops";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI catworkOpenApi(ObjectProvider<BuildProperties> build) {
        String version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("dev");
        return new OpenAPI()
                .info(new Info().title("Catwork").version(version).description("The back office of a company whose "
                        + "cat workers perform services for cat clients. Get a token with HTTP Basic from "
                        + "POST /api/auth/token, then send it as a bearer token."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("The token POST /api/auth/token answers"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("An account's email and password; only POST /api/auth/token takes them")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Each operation's module tag, and who may call it: an open endpoint needs no token. */
    @Bean
    OperationCustomizer moduleTagsAndAccess() {
        return (operation, handler) -> {
            Class<?> controller = ClassUtils.getUserClass(handler.getBeanType());
            boolean namedItsTag = hasTag(handler.getMethod()) || hasTag(controller);
            moduleOf(controller).filter(module -> !namedItsTag)
                    .ifPresent(module -> operation.setTags(new ArrayList<>(List.of(module))));
            Access access = accessOf(handler);
            if (access != null) {
                if (access.open()) {
                    operation.setSecurity(new ArrayList<>());
                }
                String who = describe(access);
                String description = operation.getDescription();
                operation.setDescription(description == null || description.isBlank() ? who
                        : description + "\n\n" + who);
            }
            return operation;
        };
    }

    /** The document's tags: every module that has an operation, in alphabetical order (Swagger UI's order). */
    @Bean
    OpenApiCustomizer sortedModuleTags() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            TreeSet<String> names = new TreeSet<>();
            openApi.getPaths().values().forEach(path -> path.readOperations().stream()
                    .filter(operation -> operation.getTags() != null)
                    .forEach(operation -> names.addAll(operation.getTags())));
            Map<String, Tag> declared = new LinkedHashMap<>();
            if (openApi.getTags() != null) {
                openApi.getTags().forEach(tag -> declared.put(tag.getName(), tag));
            }
            openApi.setTags(names.stream().map(name -> declared.getOrDefault(name, new Tag().name(name)))
                    .collect(Collectors.toCollection(ArrayList::new)));
        };
    }

    /** {@code io.catwork.orders.query.X}: {@code orders}; ops' own controllers: {@value #OPERATIONS}. */
    static Optional<String> moduleOf(Class<?> controller) {
        String name = controller.getPackageName();
        if (!name.startsWith(MODULES)) {
            return Optional.empty();
        }
        String module = name.substring(MODULES.length()).split("\\.", 2)[0];
        return Optional.of(OPS.equals(module) ? OPERATIONS : module);
    }

    private static boolean hasTag(java.lang.reflect.AnnotatedElement element) {
        return AnnotatedElementUtils.hasAnnotation(element, io.swagger.v3.oas.annotations.tags.Tag.class)
                || AnnotatedElementUtils.hasAnnotation(element, io.swagger.v3.oas.annotations.tags.Tags.class);
    }

    private static Access accessOf(HandlerMethod handler) {
        Access access = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Access.class);
        return access != null ? access
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Access.class);
    }

    private static String describe(Access access) {
        if (access.open()) {
            return "Open to anyone: no token.";
        }
        if (access.anyAccount()) {
            return "Any account.";
        }
        return "Roles: " + Arrays.stream(access.value()).map(Role::name).collect(Collectors.joining(", ")) + ".";
    }
}
