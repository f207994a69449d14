package dev.ormkit.core.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of PostgreSQL that can cut one connection exactly at its next COMMIT: before the
 * server sees it (the transaction is aborted) or after the server answered it (committed, but the client
 * never hears so). The protocol is not parsed; the bytes {@code COMMIT} in a client message are enough here,
 * with pgjdbc's {@code prepareThreshold=0} (a named prepared COMMIT would be sent without its text).
 */
final class CuttingProxy implements AutoCloseable {

    enum Cut { NONE, BEFORE_COMMIT, AFTER_COMMIT }

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cutting-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Cut> armed = new AtomicReference<>(Cut.NONE);

    CuttingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The next COMMIT on any connection is cut this way; one-shot. */
    void arm(Cut cut) {
        armed.set(cut);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Link link = new Link(client, server);
                threads.execute(link::clientToServer);
                threads.execute(link::serverToClient);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private final class Link {
        final Socket client;
        final Socket server;
        volatile boolean dropAnswer;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void clientToServer() {
            byte[] buffer = new byte[65536];
            try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains("COMMIT")) {
                        Cut cut = armed.getAndSet(Cut.NONE);
                        if (cut == Cut.BEFORE_COMMIT) {
                            closeBoth();
                            return;
                        }
                        if (cut == Cut.AFTER_COMMIT) {
                            dropAnswer = true;
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException closed) {
                // either side went away
            } finally {
                closeBoth();
            }
        }

        void serverToClient() {
            byte[] buffer = new byte[65536];
            try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (dropAnswer) {
                        closeBoth(); // the server has answered COMMIT: it committed; the client never hears
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException closed) {
                // either side went away
            } finally {
                closeBoth();
            }
        }

        void closeBoth() {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
