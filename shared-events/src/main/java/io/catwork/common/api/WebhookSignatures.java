package io.catwork.common.api;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhooks' signature (INTEGRATIONS.md): {@code X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>">}, valid within five minutes of our clock. Plain JDK, shared by every signed webhook.
 */
public final class WebhookSignatures {
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignatures() {
    }

    public static String sign(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, unixSeconds, body));
    }

    /** Whether {@code header} is a valid signature of {@code body} made within the tolerance of {@code now}. */
    public static boolean verify(String secret, String header, byte[] body, Instant now) {
        if (header == null || secret == null || secret.isEmpty()) {
            return false;
        }
        Long timestamp = null;
        String given = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                given = pair[1];
            }
        }
        if (timestamp == null || given == null || !withinTolerance(timestamp, now)) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(hmac(secret, timestamp, body)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** Any long is a fair input here: one that overflows is simply not within the tolerance. */
    private static boolean withinTolerance(long unixSeconds, Instant now) {
        try {
            return Math.absExact(Math.subtractExact(unixSeconds, now.getEpochSecond())) <= TOLERANCE.getSeconds();
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    private static byte[] hmac(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
