package org.scorelink.xapi.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A response that runs an action once, just before anything can commit it: before the body is opened
 * ({@link #getOutputStream}, {@link #getWriter}), flushed, or replaced by an error or a redirect. {@link CorsFilter}
 * decides its headers there, when authentication (inside the filter chain) has told which store the caller is in.
 */
final class CorsResponse extends HttpServletResponseWrapper {

    private final Runnable action;
    private boolean done;

    CorsResponse(HttpServletResponse response, Runnable action) {
        super(response);
        this.action = action;
    }

    /** Runs the action unless it ran since the last {@link #reset}. */
    void beforeCommit() {
        if (!done) {
            done = true;
            action.run();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        beforeCommit();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        beforeCommit();
        return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        beforeCommit();
        super.flushBuffer();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        beforeCommit();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        beforeCommit();
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        beforeCommit();
        super.sendRedirect(location);
    }

    /** A reset drops the headers set so far: set them again before the next commit. */
    @Override
    public void reset() {
        super.reset();
        done = false;
    }
}
