package slope.server;

import io.javalin.Javalin;

/** The real server on loopback with its snippet store, as the tests start it; closing stops both. */
final class LoopbackServer implements AutoCloseable {
    private final Javalin server;
    private final SnippetStore store;
    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    final String base;

    LoopbackServer(Settings settings) {
        store = SnippetStore.fromSettings(settings);
        server = SlopeServer.create(settings, store).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    int port() { return server.port(); }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
