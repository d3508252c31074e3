package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.array;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Statement attachments over multipart/mixed (Communication 1.5.2, Data 2.4.11)")
class AttachmentsIT {

    private static final String BOUNDARY = "abcABC0123'()+_,-./:=?";
    private static final String USAGE = "http://example.com/attachment-usage/test";

    private final LrsClient lrs = LrsClient.fresh("attach");
    private final String t = Stmts.tag();
    private final JsonObject alice = agent("alice-" + t);
    private final String verb = "http://example.com/verbs/" + t + "/did";
    private final String act = "http://example.com/activities/" + t;

    /** Binary data that contains CR, LF, dashes and every byte value. */
    private static byte[] binary(int seed) {
        byte[] b = new byte[3000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        byte[] tricky = "\r\n--abc\r\n\r\n--".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tricky, 0, b, 100, tricky.length);
        return b;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject attachment(String sha2, String contentType, int length, String fileUrl) {
        var b = Json.createObjectBuilder().add("usageType", USAGE)
                .add("display", Json.createObjectBuilder().add("en-US", "file"))
                .add("contentType", contentType).add("length", length).add("sha2", sha2);
        if (fileUrl != null) {
            b.add("fileUrl", fileUrl);
        }
        return b.build();
    }

    private JsonObject withAttachments(UUID id, JsonObject... attachments) {
        var a = Json.createArrayBuilder();
        for (JsonObject o : attachments) {
            a.add(o);
        }
        return statement(alice, verb, act).add("id", id.toString()).add("attachments", a).build();
    }

    /** One attachment part: hash header, content type, binary data. */
    private record Part(String hash, String contentType, byte[] data) {
        static Part of(String contentType, byte[] data) {
            return new Part(sha256(data), contentType, data);
        }
    }

    private static byte[] multipart(JsonValue statements, Part... parts) {
        return multipart("preamble to ignore\r\n", statements, parts);
    }

    /** A multipart body whose first delimiter follows {@code preamble}. */
    private static byte[] multipart(String preamble, JsonValue statements, Part... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write((preamble + "--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n"
                    + statements).getBytes(StandardCharsets.UTF_8));
            for (Part p : parts) {
                out.write(("\r\n--" + BOUNDARY + "\r\nContent-Type: " + p.contentType
                        + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + p.hash + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(p.data);
            }
            out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private HttpResponse<String> send(String method, String path, byte[] body) {
        return LrsClient.send(lrs.request(path)
                .header("Content-Type", "multipart/mixed; boundary=\"" + BOUNDARY + "\"")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<String> post(JsonValue statements, Part... parts) {
        return send("POST", "/xapi/statements", multipart(statements, parts));
    }

    private HttpResponse<String> put(UUID id, JsonObject statement, Part... parts) {
        return send("PUT", "/xapi/statements?statementId=" + id, multipart(statement, parts));
    }

    private HttpResponse<byte[]> getBytes(String query) {
        try {
            return LrsClient.HTTP.send(lrs.request("/xapi/statements?" + query).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A received part: lower-case header names, binary body. */
    private record Received(Map<String, String> headers, byte[] body) {
    }

    private static List<Received> parts(HttpResponse<byte[]> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("multipart/mixed"), type);
        String boundary = type.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
        byte[] body = r.body();
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] first = ("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(first, java.util.Arrays.copyOf(body, first.length), "body starts with the boundary");
        List<Received> out = new ArrayList<>();
        int pos = first.length;
        while (true) {
            int end = MultipartBody.indexOf(body, delimiter, pos);
            assertTrue(end > 0, "part not closed");
            int blank = MultipartBody.indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : new String(body, pos, blank - pos, StandardCharsets.ISO_8859_1).split("\r\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            out.add(new Received(headers, java.util.Arrays.copyOfRange(body, blank + 4, end)));
            pos = end + delimiter.length;
            if (body[pos] == '-' && body[pos + 1] == '-') {
                return out;
            }
            pos += 2;
        }
    }

    @Test
    @DisplayName("1.5.2.s3.b4: POST multipart/mixed with two statements sharing one attachment and another; "
            + "GET attachments=true returns each once with hash header and equal bytes")
    void postAndRoundTrip() {
        byte[] pdf = binary(1);
        byte[] png = binary(2);
        Part a = Part.of("application/pdf", pdf);
        Part b = Part.of("image/png", png);
        UUID id1 = UUID.randomUUID();
        UUID id2 = UUID.randomUUID();
        HttpResponse<String> r = post(array(withAttachments(id1, attachment(a.hash, "application/pdf", pdf.length, null)),
                withAttachments(id2, attachment(a.hash, "application/pdf", pdf.length, null),
                        attachment(b.hash, "image/png", png.length, null))), a, b);
        assertEquals(200, r.statusCode(), r.body());

        // single statement form
        HttpResponse<byte[]> single = getBytes("statementId=" + id2 + "&attachments=true");
        assertEquals(200, single.statusCode());
        List<Received> parts = parts(single);
        assertEquals(3, parts.size());
        assertTrue(parts.get(0).headers().get("content-type").startsWith("application/json"));
        assertEquals(id2.toString(), json(new String(parts.get(0).body(), StandardCharsets.UTF_8)).asJsonObject()
                .getString("id"));
        assertEquals(a.hash, parts.get(1).headers().get("x-experience-api-hash"));
        assertEquals("binary", parts.get(1).headers().get("content-transfer-encoding"));
        assertEquals("application/pdf", parts.get(1).headers().get("content-type"));
        assertArrayEquals(pdf, parts.get(1).body());
        assertEquals(b.hash, parts.get(2).headers().get("x-experience-api-hash"));
        assertArrayEquals(png, parts.get(2).body());

        // query form: the shared attachment once
        HttpResponse<byte[]> query = getBytes("activity=" + act + "&attachments=true");
        assertEquals(200, query.statusCode());
        List<Received> qparts = parts(query);
        assertEquals(3, qparts.size());
        assertEquals(2, json(new String(qparts.get(0).body(), StandardCharsets.UTF_8)).asJsonObject()
                .getJsonArray("statements").size());
        Map<String, byte[]> byHash = new LinkedHashMap<>();
        qparts.subList(1, 3).forEach(p -> byHash.put(p.headers().get("x-experience-api-hash"), p.body()));
        assertArrayEquals(pdf, byHash.get(a.hash));
        assertArrayEquals(png, byHash.get(b.hash));

        // 2.1.3.s2.b7: attachments=false (the default) is application/json without raw data
        HttpResponse<String> plain = lrs.get("statementId=" + id2);
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(2, json(plain.body()).asJsonObject().getJsonArray("attachments").size());
    }

    @Test
    @DisplayName("1.5.2.s3.b4: PUT multipart/mixed stores the statement and its attachment data")
    void put() {
        byte[] data = "hello, attachment\r\n".getBytes(StandardCharsets.UTF_8);
        Part p = Part.of("text/plain", data);
        UUID id = UUID.randomUUID();
        HttpResponse<String> r = put(id, withAttachments(id, attachment(p.hash, "text/plain", data.length, null)), p);
        assertEquals(204, r.statusCode(), r.body());
        List<Received> parts = parts(getBytes("statementId=" + id + "&attachments=true"));
        assertEquals(2, parts.size());
        assertEquals(p.hash, parts.get(1).headers().get("x-experience-api-hash"));
        assertArrayEquals(data, parts.get(1).body());
    }

    @Test
    @DisplayName("RFC 2046 5.1.1: data holding the LRS's usual boundary gets a response boundary it does not hold")
    void boundaryInData() {
        byte[] data = ("before\r\n--" + Multipart.BOUNDARY + "--\r\nafter").getBytes(StandardCharsets.UTF_8);
        Part p = Part.of("text/plain", data);
        UUID id = UUID.randomUUID();
        assertEquals(204, put(id, withAttachments(id, attachment(p.hash, "text/plain", data.length, null)), p)
                .statusCode());
        HttpResponse<byte[]> r = getBytes("statementId=" + id + "&attachments=true");
        assertTrue(!r.headers().firstValue("Content-Type").orElse("").contains(Multipart.BOUNDARY));
        List<Received> parts = parts(r);
        assertEquals(2, parts.size());
        assertArrayEquals(data, parts.get(1).body());
        List<Received> query = parts(getBytes("activity=" + act + "&attachments=true"));
        assertArrayEquals(data, query.get(1).body());
    }

    @Test
    @DisplayName("RFC 2046 5.1.1: a body opening with CRLF (an empty preamble) or with the delimiter is accepted")
    void emptyPreamble() {
        byte[] data = "here is a simple attachment".getBytes(StandardCharsets.US_ASCII);
        Part p = Part.of("text/plain", data);
        for (String preamble : List.of("\r\n", "")) {
            UUID id = UUID.randomUUID();
            HttpResponse<String> r = send("POST", "/xapi/statements", multipart(preamble,
                    withAttachments(id, attachment(p.hash, "text/plain", data.length, null)), p));
            assertEquals(200, r.statusCode(), () -> "preamble '" + preamble + "': " + r.body());
            assertArrayEquals(data, parts(getBytes("statementId=" + id + "&attachments=true")).get(1).body());
        }
    }

    /** A statement whose object is a SubStatement carrying {@code attachments} of its own. */
    private JsonObject withSubStatementAttachments(UUID id, JsonObject... attachments) {
        var a = Json.createArrayBuilder();
        for (JsonObject o : attachments) {
            a.add(o);
        }
        JsonObject sub = statement(alice, verb + "/planned", act).add("objectType", "SubStatement")
                .add("attachments", a).build();
        return statement(alice, verb, sub).add("id", id.toString()).build();
    }

    @Test
    @DisplayName("Data 2.4.4.3.s8.b2 / 1.5.2.s3.b4: a SubStatement's attachment is matched to its part by hash, "
            + "stored, and returned with attachments=true")
    void subStatementAttachmentRoundTrip() {
        byte[] data = binary(10);
        Part p = Part.of("application/pdf", data);
        UUID id = UUID.randomUUID();
        HttpResponse<String> r = post(withSubStatementAttachments(id,
                attachment(p.hash, "application/pdf", data.length, null)), p);
        assertEquals(200, r.statusCode(), r.body());
        List<Received> parts = parts(getBytes("statementId=" + id + "&attachments=true"));
        assertEquals(2, parts.size());
        assertEquals(p.hash, parts.get(1).headers().get("x-experience-api-hash"));
        assertArrayEquals(data, parts.get(1).body());
        List<Received> query = parts(getBytes("verb=" + verb + "&attachments=true"));
        assertEquals(2, query.size());
        assertArrayEquals(data, query.get(1).body());
    }

    @Test
    @DisplayName("1.5.2.s3.b5 / 1.5.2.s2.b1: a SubStatement attachment without fileUrl needs a part, as "
            + "multipart and as application/json; 400 names statement.object.attachments[0]")
    void subStatementAttachmentWithoutData() {
        UUID viaMultipart = UUID.randomUUID();
        JsonObject noUrl = attachment(sha256(binary(11)), "application/pdf", 3000, null);
        HttpResponse<String> r = post(withSubStatementAttachments(viaMultipart, noUrl));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("statement.object.attachments[0]"), r.body());
        HttpResponse<String> j = lrs.post(withSubStatementAttachments(UUID.randomUUID(), noUrl));
        assertEquals(400, j.statusCode(), j.body());
        assertTrue(j.body().contains("statement.object.attachments[0]"), j.body());
        assertTrue(lrs.ids(params("verb", verb)).isEmpty());
        // with a fileUrl it needs no part
        JsonObject remote = attachment(sha256(binary(11)), "application/pdf", 3000, "https://files.example.com/s.pdf");
        assertEquals(200, lrs.post(withSubStatementAttachments(UUID.randomUUID(), remote)).statusCode());
    }

    @Test
    @DisplayName("1.5.2.s3.b5: an attachment without fileUrl and without a matching part is 400 naming it; "
            + "nothing is stored")
    void missingPart() {
        byte[] data = binary(3);
        Part p = Part.of("application/pdf", data);
        UUID ok = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        HttpResponse<String> r = post(array(withAttachments(ok, attachment(p.hash, "application/pdf", data.length, null)),
                withAttachments(bad, attachment(sha256(binary(4)), "application/pdf", 3000, null))), p);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("statements[1].attachments[0]"), r.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
    }

    @Test
    @DisplayName("1.5.2.s2.b1: application/json with an attachment lacking fileUrl is 400")
    void jsonWithoutFileUrl() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> r = lrs.post(withAttachments(id, attachment(sha256(binary(5)), "text/plain", 3000, null)));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("statement.attachments[0]"), r.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
    }

    @Test
    @DisplayName("1.5.2.s1.b4: a part whose hash matches no attachment is 400; nothing is stored")
    void extraPart() {
        byte[] data = binary(6);
        Part p = Part.of("application/pdf", data);
        Part extra = Part.of("text/plain", "stray".getBytes(StandardCharsets.UTF_8));
        UUID id = UUID.randomUUID();
        HttpResponse<String> r = post(withAttachments(id, attachment(p.hash, "application/pdf", data.length, null)),
                p, extra);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(extra.hash), r.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
    }

    @Test
    @DisplayName("1.5.2.s1.b4: a part whose data does not hash to its X-Experience-API-Hash is 400; nothing is stored")
    void wrongHash() {
        byte[] data = binary(7);
        String claimed = sha256(data);
        Part lying = new Part(claimed, "application/pdf", binary(8));
        UUID id = UUID.randomUUID();
        HttpResponse<String> r = post(withAttachments(id, attachment(claimed, "application/pdf", data.length, null)),
                lying);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SHA-2"), r.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
        assertEquals(404, lrs.get("statementId=" + id).statusCode());
    }

    @Test
    @DisplayName("1.5.2.s3.b9 / s4.b3: fileUrl-only attachments need no part, as multipart or as application/json")
    void fileUrlOnly() {
        UUID viaMultipart = UUID.randomUUID();
        UUID viaJson = UUID.randomUUID();
        JsonObject remote = attachment(sha256(binary(9)), "application/pdf", 3000, "https://files.example.com/x.pdf");
        HttpResponse<String> r = post(withAttachments(viaMultipart, remote));
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> j = lrs.post(withAttachments(viaJson, remote));
        assertEquals(200, j.statusCode(), j.body());
        List<Received> parts = parts(getBytes("statementId=" + viaMultipart + "&attachments=true"));
        assertEquals(1, parts.size(), "no data stored for a fileUrl attachment");
    }

    @Test
    @DisplayName("1.5.2.s3.b8: multipart/mixed with statements that have no attachments is accepted")
    void noAttachments() {
        HttpResponse<String> r = post(statement(alice, verb, act).build());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, lrs.ids(params("activity", act)).size());
    }

    @Test
    @DisplayName("1.5.2.s2.b2.b3: a part without X-Experience-API-Hash is 400; a first part not application/json is 400")
    void malformed() {
        UUID id = UUID.randomUUID();
        byte[] noHash = ("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n"
                + statement(alice, verb, act).build() + "\r\n--" + BOUNDARY
                + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--" + BOUNDARY + "--").getBytes(StandardCharsets.UTF_8);
        assertEquals(400, send("POST", "/xapi/statements", noHash).statusCode());
        byte[] notJson = ("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\n"
                + statement(alice, verb, act).build() + "\r\n--" + BOUNDARY + "--").getBytes(StandardCharsets.UTF_8);
        assertEquals(400, send("POST", "/xapi/statements", notJson).statusCode());
        byte[] unclosed = ("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n"
                + withAttachments(id)).getBytes(StandardCharsets.UTF_8);
        assertEquals(400, send("POST", "/xapi/statements", unclosed).statusCode());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
    }

    @Test
    @DisplayName("IEEE 4.1.5: a multipart body over scorelink.xapi.max-body-bytes (16 MiB) is 413")
    void tooLarge() {
        byte[] big = new byte[17 * 1024 * 1024];
        Part p = Part.of("application/octet-stream", big);
        UUID id = UUID.randomUUID();
        HttpResponse<String> r = post(withAttachments(id, attachment(p.hash, "application/octet-stream", big.length,
                null)), p);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
    }

    /** scorelink.xapi.max-attachment-bytes of the integration-test server (pom.xml, it.max-attachment-bytes). */
    static final int MAX_ATTACHMENT = Integer.getInteger("scorelink.test.max-attachment-bytes", 131072);

    @Test
    @DisplayName("Communication 3.2.s2.b7 / IEEE 4.1.5: an attachment part over scorelink.xapi.max-attachment-bytes "
            + "is 413 naming the part and the key, though the request is under max-body-bytes; nothing is stored; "
            + "a part of exactly the limit is stored")
    void attachmentTooLarge() {
        byte[] over = new byte[MAX_ATTACHMENT + 1];
        java.util.Arrays.fill(over, (byte) 7);
        Part small = Part.of("text/plain", "small".getBytes(StandardCharsets.UTF_8));
        Part big = Part.of("application/octet-stream", over);
        UUID id = UUID.randomUUID();
        HttpResponse<String> r = post(withAttachments(id, attachment(small.hash, "text/plain", 5, null),
                attachment(big.hash, "application/octet-stream", over.length, null)), small, big);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("multipart part 3") && r.body().contains("scorelink.xapi.max-attachment-bytes")
                && r.body().contains(Integer.toString(MAX_ATTACHMENT)), r.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
        assertEquals(413, put(id, withAttachments(id, attachment(big.hash, "application/octet-stream",
                over.length, null)), big).statusCode());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());

        byte[] exact = java.util.Arrays.copyOf(over, MAX_ATTACHMENT);
        Part fits = Part.of("application/octet-stream", exact);
        HttpResponse<String> ok = post(withAttachments(id, attachment(fits.hash, "application/octet-stream",
                exact.length, null)), fits);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(List.of(id.toString()), lrs.ids(params("activity", act)));
    }

    // ---- signed statements (Data 2.6) ---------------------------------------------------------------
    // src/test/resources/signing: a throw-away RSA key and its self-signed certificate (openssl req -x509).

    private static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";

    private static String resource(String name) {
        try (var in = AttachmentsIT.class.getClassLoader().getResourceAsStream("signing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey signingKey() throws Exception {
        String pem = resource("key.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                java.util.Base64.getDecoder().decode(pem)));
    }

    private static X509Certificate certificate() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new java.io.ByteArrayInputStream(resource("cert.pem").getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] jws(JWSAlgorithm alg, JsonObject payload, JWSSigner signer, boolean x5c) throws Exception {
        var header = new JWSHeader.Builder(alg);
        if (x5c) {
            header.x509CertChain(List.of(com.nimbusds.jose.util.Base64.encode(certificate().getEncoded())));
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(payload.toString()));
        jws.sign(signer);
        return jws.serialize().getBytes(StandardCharsets.US_ASCII);
    }

    /** The statement as signed (no attachments) and the same statement carrying the signature attachment. */
    private JsonObject signedStatement(UUID id, byte[] signature, String contentType) {
        return withAttachments(id, Json.createObjectBuilder().add("usageType", SIGNATURE)
                .add("display", Json.createObjectBuilder().add("en-US", "Signature"))
                .add("contentType", contentType).add("length", signature.length).add("sha2", sha256(signature))
                .build());
    }

    private JsonObject unsigned(UUID id) {
        return statement(alice, verb, act).add("id", id.toString()).build();
    }

    @Test
    @DisplayName("2.6.s5.b3: a JWS (RS256, x5c) over the statement is accepted and its signature part returned")
    void validSignature() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] sig = jws(JWSAlgorithm.RS256, unsigned(id), new RSASSASigner(signingKey()), true);
        HttpResponse<String> r = post(signedStatement(id, sig, "application/octet-stream"),
                Part.of("application/octet-stream", sig));
        assertEquals(200, r.statusCode(), r.body());
        List<Received> parts = parts(getBytes("statementId=" + id + "&attachments=true"));
        assertEquals(2, parts.size());
        assertArrayEquals(sig, parts.get(1).body());
        // RS512 without x5c: the payload is still checked, there is no certificate to verify against
        UUID id2 = UUID.randomUUID();
        byte[] sig2 = jws(JWSAlgorithm.RS512, unsigned(id2), new RSASSASigner(signingKey()), false);
        assertEquals(204, put(id2, signedStatement(id2, sig2, "application/octet-stream"),
                Part.of("application/octet-stream", sig2)).statusCode());
    }

    @Test
    @DisplayName("2.6.s5.b1: malformed or mismatching signatures are 400 and nothing is stored")
    void invalidSignatures() throws Exception {
        UUID id = UUID.randomUUID();
        RSASSASigner signer = new RSASSASigner(signingKey());
        // payload of another statement
        JsonObject other = statement(alice, verb + "/other", act).add("id", id.toString()).build();
        byte[] mismatch = jws(JWSAlgorithm.RS256, other, signer, true);
        assertSignatureRejected(id, mismatch, "application/octet-stream", "does not match");
        // signed with a key other than the x5c certificate's
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        byte[] wrongKey = jws(JWSAlgorithm.RS256, unsigned(id), new RSASSASigner(g.generateKeyPair().getPrivate()),
                true);
        assertSignatureRejected(id, wrongKey, "application/octet-stream", "does not verify");
        // HMAC is not an allowed algorithm
        byte[] hmac = jws(JWSAlgorithm.HS256, unsigned(id), new MACSigner(new byte[32]), false);
        assertSignatureRejected(id, hmac, "application/octet-stream", "RS256");
        // not a JWS at all
        assertSignatureRejected(id, "not a jws".getBytes(StandardCharsets.US_ASCII), "application/octet-stream",
                "JWS");
        // a valid JWS but the wrong contentType
        byte[] valid = jws(JWSAlgorithm.RS256, unsigned(id), signer, true);
        assertSignatureRejected(id, valid, "text/plain", "application/octet-stream");
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
    }

    private void assertSignatureRejected(UUID id, byte[] signature, String contentType, String message) {
        HttpResponse<String> r = post(signedStatement(id, signature, contentType), Part.of(contentType, signature));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("statement.attachments[0]") && r.body().contains(message), r.body());
    }
}
