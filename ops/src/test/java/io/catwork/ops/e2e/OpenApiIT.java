package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document at {@code /v3/api-docs}: Swagger UI's Authorize button (a bearer scheme, the global requirement;
 * HTTP Basic for the token endpoint; none for open endpoints), a summary and a module tag on every operation, and no
 * {@code actor} parameter (the caller comes from the token). Every endpoint of the application is checked, from the
 * dispatcher's own mappings and their {@link Access}.
 */
class OpenApiIT extends IntegrationTest {
    private static final Set<String> MODULES = Set.of("accounts", "bets", "billing", "hiring", "notifications",
            "operations", "orders", "reviews", "supplies");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One endpoint as the dispatcher knows it: method, path and its declared access. */
    record Endpoint(String method, String path, Access access) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    @Test
    void bearerTokensAreTheGlobalSecuritySchemeSoSwaggerUiCanAuthorize() {
        JsonNode docs = docs();
        JsonNode bearer = docs.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asText()).as(bearer.toString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asText()).isEqualTo("JWT");
        JsonNode basic = docs.path("components").path("securitySchemes").path("basic");
        assertThat(basic.path("type").asText()).isEqualTo("http");
        assertThat(basic.path("scheme").asText()).isEqualTo("basic");

        JsonNode security = docs.path("security");
        assertThat(security.isArray()).as(docs.path("security").toString()).isTrue();
        assertThat(security.size()).isEqualTo(1);
        assertThat(security.get(0).has("bearer")).as(security.toString()).isTrue();
    }

    @Test
    void everyEndpointIsDocumentedWithASummaryAndItsModuleTag() {
        JsonNode docs = docs();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the application's endpoints").hasSizeGreaterThan(40);
        for (Endpoint endpoint : endpoints) {
            assertThat(operation(docs, endpoint).isMissingNode()).as(endpoint + " is in the document").isFalse();
        }

        Set<String> used = new TreeSet<>();
        forEachOperation(docs, (name, operation) -> {
            assertThat(operation.path("summary").asText()).as(name + " has a summary").isNotBlank();
            JsonNode tags = operation.path("tags");
            assertThat(tags.size()).as(name + " has one tag: " + tags).isEqualTo(1);
            assertThat(MODULES).as(name + "'s tag").contains(tags.get(0).asText());
            used.add(tags.get(0).asText());
        });
        assertThat(used).as("every module has operations").containsExactlyInAnyOrderElementsOf(MODULES);

        List<String> documentTags = new ArrayList<>();
        docs.path("tags").forEach(tag -> documentTags.add(tag.path("name").asText()));
        assertThat(documentTags).as("the document's tags, in Swagger UI's order").isSorted()
                .containsExactlyInAnyOrderElementsOf(MODULES);

        assertThat(tagOf(docs, "post", "/api/orders")).isEqualTo("orders");
        assertThat(tagOf(docs, "get", "/api/orders/{id}")).isEqualTo("orders");
        assertThat(tagOf(docs, "post", "/api/auth/token")).isEqualTo("accounts");
        assertThat(tagOf(docs, "post", "/api/clients")).isEqualTo("accounts");
        assertThat(tagOf(docs, "post", "/api/applications")).isEqualTo("hiring");
        assertThat(tagOf(docs, "get", "/api/workers")).isEqualTo("hiring");
        assertThat(tagOf(docs, "get", "/api/supply-kits")).isEqualTo("supplies");
        assertThat(tagOf(docs, "post", "/api/integrations/supplier/events")).isEqualTo("supplies");
        assertThat(tagOf(docs, "get", "/api/clients/{id}/billing")).isEqualTo("billing");
        assertThat(tagOf(docs, "post", "/api/orders/{id}/bets")).isEqualTo("bets");
        assertThat(tagOf(docs, "get", "/api/quality-reviews")).isEqualTo("reviews");
        assertThat(tagOf(docs, "get", "/api/admin/notifications")).isEqualTo("notifications");
        assertThat(tagOf(docs, "get", "/api/admin/dead-letters")).isEqualTo("operations");
        assertThat(tagOf(docs, "get", "/api/admin/processors")).isEqualTo("operations");
    }

    @Test
    void theCallerIsNoParameter() {
        JsonNode docs = docs();
        forEachOperation(docs, (name, operation) -> operation.path("parameters").forEach(parameter ->
                assertThat(parameter.path("name").asText()).as(name + "'s parameters")
                        .isNotEqualToIgnoringCase("actor")));
        assertThat(docs.path("components").path("schemas").has("Actor")).as("an Actor schema").isFalse();

        List<String> listParameters = new ArrayList<>();
        operation(docs, "get", "/api/orders").path("parameters")
                .forEach(parameter -> listParameters.add(parameter.path("name").asText()));
        assertThat(listParameters).as("GET /api/orders takes the caller too, from the token")
                .containsExactlyInAnyOrder("status", "q", "page", "size");
    }

    @Test
    void consolePagesAreNotInTheDocument() {
        JsonNode paths = docs().path("paths");
        assertThat(paths.size()).isGreaterThan(40);
        paths.fieldNames().forEachRemaining(path -> assertThat(path).doesNotStartWith("/console"));
    }

    @Test
    void openEndpointsNeedNoTokenTheTokenEndpointTakesBasicAndTheRestABearerToken() {
        JsonNode docs = docs();
        List<String> open = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            JsonNode operation = operation(docs, endpoint);
            JsonNode security = operation.path("security");
            String description = operation.path("description").asText();
            if (endpoint.access().open()) {
                open.add(endpoint.toString());
                assertThat(security.isArray() && security.isEmpty()).as(endpoint + " needs no token: " + security)
                        .isTrue();
                assertThat(description).as(endpoint + "'s description").contains("no token");
            } else if (endpoint.path().equals("/api/auth/token")) {
                assertThat(security.size()).as(endpoint + ": " + security).isEqualTo(1);
                assertThat(security.get(0).has("basic")).as(endpoint + ": " + security).isTrue();
            } else {
                assertThat(security.isMissingNode()).as(endpoint + " needs the global bearer token: " + security)
                        .isTrue();
                for (Role role : endpoint.access().value()) {
                    assertThat(description).as(endpoint + "'s description").contains(role.name());
                }
            }
        }
        assertThat(open).as("the open endpoints").contains("POST /api/clients", "POST /api/auth/password",
                "POST /api/applications", "GET /api/vacancies", "POST /api/integrations/supplier/events",
                "POST /api/integrations/golden-hat/events");
    }

    private JsonNode docs() {
        Api.Response response = api.get("/v3/api-docs").send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Every endpoint of Catwork's controllers, as the dispatcher maps it, with its {@link Access}. */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("io.catwork.")) {
                continue;
            }
            Access access = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Access.class);
            if (access == null) {
                access = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Access.class);
            }
            assertThat(access).as(handler + " declares its access").isNotNull();
            for (String path : entry.getKey().getPathPatternsCondition().getPatternValues()) {
                if (path.equals("/console") || path.startsWith("/console/")) {
                    continue; // the managers' console: pages, not the API (consolePagesAreNotInTheDocument)
                }
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(method.name().toLowerCase(Locale.ROOT), path, access));
                }
            }
        }
        return endpoints;
    }

    private static JsonNode operation(JsonNode docs, Endpoint endpoint) {
        return operation(docs, endpoint.method(), endpoint.path());
    }

    private static JsonNode operation(JsonNode docs, String method, String path) {
        return docs.path("paths").path(path).path(method);
    }

    private static String tagOf(JsonNode docs, String method, String path) {
        return operation(docs, method, path).path("tags").path(0).asText();
    }

    private interface OperationCheck {
        void check(String name, JsonNode operation);
    }

    private static void forEachOperation(JsonNode docs, OperationCheck check) {
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (HTTP_METHODS.contains(operation.getKey())) {
                    check.check(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                            operation.getValue());
                    count++;
                }
            }
        }
        assertThat(count).as("operations in the document").isGreaterThan(40);
    }
}
