package io.catwork.ops.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client that sends from a chosen loopback address (127.0.0.2, …), so a test is a different
 * socket peer, which the JDK's HttpClient cannot be.
 */
public final class LoopbackHttp {
    private LoopbackHttp() {
    }

    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public static Response post(String fromAddress, int port, String path, Map<String, String> headers,
                                String body) {
        return post(fromAddress, port, path, headers.entrySet().stream()
                .map(header -> header.getKey() + ": " + header.getValue()).toList(), body);
    }

    /**
     * Sends the path and every header line exactly as given (the same header on several lines, an encoded or dotted
     * path), as a client or a proxy could.
     */
    public static Response post(String fromAddress, int port, String path, java.util.List<String> headerLines,
                                String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(10000);
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n")
                    .append("Connection: close\r\n");
            headerLines.forEach(line -> request.append(line).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code head} (a request line and header lines) and then {@code body} exactly as given. */
    public static Response raw(int port, java.util.List<String> head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(10000);
            OutputStream out = socket.getOutputStream();
            out.write((String.join("\r\n", head) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends {@code head} and only the start of a body that {@code head} says is longer, then waits at most
     * {@code wait} for an answer: a server that answers before reading the whole body answers in time.
     */
    public static Response partial(int port, java.util.List<String> head, byte[] start, java.time.Duration wait) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout((int) wait.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((String.join("\r\n", head) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            int headEnd = -1;
            while (headEnd < 0) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                received.write(next);
                String soFar = received.toString(StandardCharsets.ISO_8859_1);
                headEnd = soFar.endsWith("\r\n\r\n") ? soFar.length() : -1;
            }
            String headText = received.toString(StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(headText);
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            received.write(body);
            return parse(new java.io.ByteArrayInputStream(received.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body in HTTP/1.1 chunks of {@code chunkSize} bytes, with its closing chunk. */
    public static byte[] chunked(byte[] content, int chunkSize) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int offset = 0; offset < content.length; offset += chunkSize) {
            int length = Math.min(chunkSize, content.length - offset);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content, offset, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String raw = all.toString(StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String[] head = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0) {
                headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
        }
        return new Response(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }
}
