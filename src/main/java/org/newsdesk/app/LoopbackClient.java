package org.newsdesk.app;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The web benchmark's client: HTTP/1.1 GETs over one kept-alive plain socket, reading the status, the headers and
 * the body (by Content-Length, chunked, or up to the close), which it counts and drops. The benchmark's clients run
 * in the server's process, so what a request costs them is counted with the server's work and takes processor
 * time from it; the JDK's HttpClient costs several times what this does per request (its selector thread, futures
 * and header maps). For the benchmark only: no TLS, no redirects, no compression, ASCII paths. Not thread-safe:
 * one per client thread.
 */
final class LoopbackClient implements AutoCloseable {

    private static final int MAX_LINE = 8192;

    private final InetSocketAddress server;
    private final byte[] hostHeader;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private @Nullable Socket socket;
    private @Nullable InputStream in;
    private @Nullable OutputStream out;
    private long bodyBytes;

    LoopbackClient(String host, int port) {
        this.server = new InetSocketAddress(host, port);
        this.hostHeader = ("\r\nHost: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends a GET for the path (with its query, already encoded) and reads the whole answer; returns its status. */
    int get(String path) throws IOException {
        if (socket == null) connect();
        try {
            return exchange(path);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Bytes of body read so far. */
    long bodyBytes() {
        return bodyBytes;
    }

    @Override
    public void close() {
        Socket open = socket;
        socket = null;
        in = null;
        out = null;
        position = limit = 0;
        if (open == null) return;
        try {
            open.close();
        } catch (IOException e) {
            // Nothing to do: the connection is gone either way.
        }
    }

    private void connect() throws IOException {
        Socket opened = new Socket();
        opened.setTcpNoDelay(true);
        opened.connect(server);
        socket = opened;
        in = opened.getInputStream();
        out = opened.getOutputStream();
    }

    private int exchange(String path) throws IOException {
        byte[] request = new byte[4 + path.length() + 9 + hostHeader.length];
        int at = copy("GET ", request, 0);
        at = copy(path, request, at);
        at = copy(" HTTP/1.1", request, at);
        System.arraycopy(hostHeader, 0, request, at, hostHeader.length);
        out.write(request);
        String status = line();
        if (status.length() < 12 || !status.startsWith("HTTP/1.")) throw new IOException("not an HTTP answer: " + status);
        int code = Integer.parseInt(status, 9, 12, 10);
        long length = -1;
        boolean chunked = false;
        boolean closes = status.startsWith("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) continue;
            String name = header.substring(0, colon);
            String value = header.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
            else if (name.equalsIgnoreCase("Transfer-Encoding")) chunked = value.equalsIgnoreCase("chunked");
            else if (name.equalsIgnoreCase("Connection")) closes = value.equalsIgnoreCase("close");
        }
        if (code == 204 || code == 304 || code / 100 == 1) length = 0;
        if (chunked) {
            readChunks();
        } else if (length >= 0) {
            skip(length);
        } else {
            while (fill()) {
                bodyBytes += limit - position;
                position = limit;
            }
            closes = true;
        }
        if (closes) close();
        return code;
    }

    private void readChunks() throws IOException {
        while (true) {
            String size = line();
            int extension = size.indexOf(';');
            long chunk = Long.parseLong(extension < 0 ? size.strip() : size.substring(0, extension).strip(), 16);
            if (chunk == 0) {
                while (!line().isEmpty()) {
                    // trailers, dropped
                }
                return;
            }
            skip(chunk);
            line();
        }
    }

    private void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            if (position == limit && !fill()) throw new EOFException("the answer ended " + left + " bytes early");
            int taken = (int) Math.min(left, limit - position);
            position += taken;
            left -= taken;
        }
        bodyBytes += count;
    }

    /** One line without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit && !fill()) throw new EOFException("the connection closed mid-answer");
            for (int i = position; i < limit; i++) {
                if (buffer[i] != '\n') continue;
                int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                String tail = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                position = i + 1;
                if (line == null) return tail;
                String joined = line.append(tail).toString();
                // A CR at the end of one read and its LF at the start of the next.
                return joined.endsWith("\r") ? joined.substring(0, joined.length() - 1) : joined;
            }
            if (line == null) line = new StringBuilder();
            line.append(new String(buffer, position, limit - position, StandardCharsets.ISO_8859_1));
            position = limit;
            if (line.length() > MAX_LINE) throw new IOException("a header line over " + MAX_LINE + " bytes");
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) return false;
        position = 0;
        limit = read;
        return true;
    }

    private static int copy(String ascii, byte[] into, int at) {
        for (int i = 0; i < ascii.length(); i++) into[at + i] = (byte) ascii.charAt(i);
        return at + ascii.length();
    }
}
