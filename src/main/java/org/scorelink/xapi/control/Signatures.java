package org.scorelink.xapi.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

/**
 * Signed statements (Data 2.6): the data of an attachment with the signature usageType must be a JWS (compact)
 * with RS256/384/512 whose payload is the statement as it was before the signature was added, and which
 * verifies against the certificate in its {@code x5c} header when there is one. Otherwise 400 (2.6.s5.b1).
 */
final class Signatures {

    static final String USAGE = "http://adlnet.gov/expapi/attachments/signature";
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512);

    private Signatures() {
    }

    static boolean isSignature(JsonObject attachment) {
        return attachment.get("usageType") instanceof JsonString u && USAGE.equals(u.getString());
    }

    /** Checks one signature attachment of {@code statement}; {@code path} names it, {@code data} is its part. */
    static void verify(JsonObject statement, JsonObject attachment, byte[] data, String path) {
        if (!"application/octet-stream".equalsIgnoreCase(attachment.getString("contentType").trim())) {
            throw XapiException.invalid(path + ".contentType", "must be application/octet-stream for a "
                    + "signature (Data 2.6.s4.b1)");
        }
        if (data == null) {
            throw XapiException.invalid(path, "a signature must be sent as a multipart part so the LRS can verify "
                    + "it (Data 2.6.s5.b3)");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(data, StandardCharsets.US_ASCII).trim());
        } catch (ParseException e) {
            throw XapiException.invalid(path, "not a JWS in compact serialization: " + e.getMessage()
                    + " (Data 2.6.s4.b1)");
        }
        if (!ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
            throw XapiException.invalid(path, "JWS algorithm must be RS256, RS384 or RS512, was "
                    + jws.getHeader().getAlgorithm() + " (Data 2.6.s4.b4)");
        }
        JsonObject original;
        try {
            original = JsonIo.parseObject(jws.getPayload().toString(), path + " JWS payload");
        } catch (XapiException e) {
            throw XapiException.invalid(path, "the JWS payload is not a JSON statement (Data 2.6.s4.b3)");
        }
        if (!equivalent(original, statement)) {
            throw XapiException.invalid(path, "the JWS payload does not match the statement (Data 2.6.s5.b3.b2)");
        }
        List<Base64> chain = jws.getHeader().getX509CertChain();
        if (chain != null && !chain.isEmpty()) {
            X509Certificate cert = X509CertUtils.parse(chain.get(0).decode());
            if (cert == null || !(cert.getPublicKey() instanceof RSAPublicKey key)) {
                throw XapiException.invalid(path, "the JWS x5c header does not hold an RSA certificate "
                        + "(Data 2.6.s5.b3.b3)");
            }
            try {
                if (!jws.verify(new RSASSAVerifier(key))) {
                    throw XapiException.invalid(path, "the JWS signature does not verify against its x5c "
                            + "certificate (Data 2.6.s5.b3.b3)");
                }
            } catch (JOSEException e) {
                throw XapiException.invalid(path, "the JWS signature cannot be verified: " + e.getMessage()
                        + " (Data 2.6.s5.b3.b3)");
            }
        }
    }

    /** Statement comparison (Data 2.3.1) without the attachments, which the signature itself was added to. */
    private static boolean equivalent(JsonObject original, JsonObject received) {
        if (original.get("id") instanceof JsonString id && received.get("id") instanceof JsonString rid
                && !id.getString().equalsIgnoreCase(rid.getString())) {
            return false;
        }
        return StatementComparator.same(withoutAttachments(original), withoutAttachments(received));
    }

    private static JsonObject withoutAttachments(JsonObject o) {
        return o.containsKey("attachments") ? JsonIo.object(o).remove("attachments").build() : o;
    }

}
