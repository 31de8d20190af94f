package io.catwork.ops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** A small HTTP client for Catwork's REST API, as an outside client sees it. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    /**
     * Each Api (each test) comes from an address of its own behind the trusted proxy (the tests' 127.0.0.1), so the
     * per-address limits of logins, sign-ups and applications count one test's requests, as they would one client's.
     */
    private final String clientAddress = asClient();

    public Api(String base) {
        this.base = base;
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A request being built: {@code api.post("/api/orders").bearer(token).json(body).send()}. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;
        private byte[] bytes;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put("X-Forwarded-For", clientAddress);
        }

        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call basic(String user, String password) {
            String pair = user + ":" + password;
            return header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }

        /** As a client at this address behind the trusted proxy (the tests' own 127.0.0.1). */
        public Call from(String clientAddress) {
            return header("X-Forwarded-For", clientAddress);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** A JSON body: a String is sent as it is (so malformed JSON can be sent), anything else is serialized. */
        public Call json(Object value) {
            try {
                body = value instanceof String raw ? raw : JSON.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return header("Content-Type", "application/json");
        }

        /** A multipart/form-data body with one file part. */
        public Call multipart(String part, String filename, byte[] content, String contentType) {
            String boundary = "catwork-" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            bytes = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(content, 0, bytes, head.length, content.length);
            System.arraycopy(tail, 0, bytes, head.length + content.length, tail.length);
            return header("Content-Type", "multipart/form-data; boundary=" + boundary);
        }

        public Response send() {
            HttpRequest.BodyPublisher publisher = bytes != null ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                    : body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, publisher);
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A fresh client address in 10.0.0.0/8, for a request that should not share a rate-limit bucket. */
    public static String asClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call put(String path) {
        return new Call("PUT", path);
    }

    /** Any HTTP method: HEAD, OPTIONS, DELETE, PATCH, ... */
    public Call call(String method, String path) {
        return new Call(method, path);
    }

    /** Logs in with HTTP Basic and returns the bearer token. */
    public String token(String email, String password) {
        Response response = post("/api/auth/token").basic(email, password).send();
        if (response.status() != 200) {
            throw new AssertionError("login of " + email + " failed: " + response);
        }
        return response.json().get("token").asText();
    }
}
