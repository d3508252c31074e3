package org.scorelink.xapi.boundary;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A static web server for browser tests, on 127.0.0.1: an origin of its own, apart from the LRS's. It serves
 * the test pages from the classpath folder {@code browser/} at {@code /} and the npm packages unpacked by the build
 * ({@code target/npm}) at {@code /npm/}. Nothing else, and nothing outside those two folders.
 */
final class PageServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8");

    private final HttpServer server;
    private final Path npm;

    /** Starts serving on 127.0.0.1:{@code port} (0: any free port). */
    PageServer(int port, Path npm) {
        this.npm = npm.toAbsolutePath().normalize();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("page server cannot listen on 127.0.0.1:" + port, e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}: the origin of every page served here. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Optional<byte[]> body = "GET".equals(exchange.getRequestMethod()) ? read(path) : Optional.empty();
            if (body.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.get().length);
            exchange.getResponseBody().write(body.get());
        }
    }

    private Optional<byte[]> read(String path) throws IOException {
        if (path.contains("..")) {
            return Optional.empty();
        }
        if (path.startsWith("/npm/")) {
            Path file = npm.resolve(path.substring("/npm/".length())).normalize();
            return file.startsWith(npm) && Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file))
                    : Optional.empty();
        }
        try (InputStream in = PageServer.class.getResourceAsStream("/browser" + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
