package org.newsdesk.readers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random tokens and the digests the store keeps of them. Tokens carry 256 bits, app passwords 120: enough that a
 * fast digest protects them. Thread-safe.
 */
final class Secrets {
    /** No 0/o, 1/l: app passwords are typed on phones. */
    private static final char[] APP_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int APP_PASSWORD_LENGTH = 24;

    private final SecureRandom random = new SecureRandom();

    /** A URL-safe token for cookies, invitations and API sessions. */
    String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A secret for an app password: lower-case letters and digits, easy to type. */
    String appPassword() {
        StringBuilder secret = new StringBuilder(APP_PASSWORD_LENGTH);
        for (int i = 0; i < APP_PASSWORD_LENGTH; i++) secret.append(APP_ALPHABET[random.nextInt(APP_ALPHABET.length)]);
        return secret.toString();
    }

    static String sha256(String value) {
        return hex("SHA-256", value);
    }

    /** Fever's api_key is md5("name:password"); its clients send nothing else. */
    static String md5(String value) {
        return hex("MD5", value);
    }

    /** Compares secrets in time that does not depend on where they differ. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(String algorithm, String value) {
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
