package org.scorelink.credentials.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The key and secret of an HTTP Basic {@code Authorization} header (RFC 7617). */
public record BasicCredentials(String key, String secret) {

    static final String MALFORMED = "Authorization: not valid HTTP Basic credentials (Basic base64(key:secret))";

    /**
     * @return empty when there is no header
     * @throws CredentialsException (401) when the header is not Basic, not base64, or has no key
     */
    public static Optional<BasicCredentials> parse(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String h = header.get().strip();
        if (h.length() < 6 || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw CredentialsException.unauthorized(MALFORMED);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw CredentialsException.unauthorized(MALFORMED);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw CredentialsException.unauthorized(MALFORMED);
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + key + "]";
    }
}
