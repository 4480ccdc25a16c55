package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import slope.run.PyError;
import slope.run.RunResult;

/** What a server run's watchers see, and how long the registry keeps runs. */
class ServerRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode data(ServerRun.Event e) throws Exception {
        return JSON.readTree(e.json());
    }

    @Test
    void aWatcherGetsTheLatestEventOnlyAndDoneLast() throws Exception {
        ServerRun run = new ServerRun("run-00000001", 1000, 5000, 2);
        ServerRun.Event queued = run.next(0, 0);
        assertEquals("progress", queued.name());
        assertEquals("queued", data(queued).get("state").asText());
        assertNull(run.next(queued.version(), 10), "nothing new: a keep-alive");

        run.started();
        run.progress(100, 10, "a\n");
        run.progress(200, 20, "a\nb\n");
        ServerRun.Event latest = run.next(queued.version(), 0);
        assertEquals(200, data(latest).get("steps").asLong(), "a slow watcher skips to the latest progress");
        assertEquals("a\nb\n", data(latest).get("stdoutTail").asText());

        run.finished(250, 30, new RunResult("a\nb\nc\n", new PyError("BudgetError", "too long")));
        run.progress(300, 40, "late");
        run.refused("ignored once done");
        ServerRun.Event done = run.next(latest.version(), 0);
        assertTrue(done.last());
        assertEquals("{\"state\":\"done\",\"steps\":250,\"elapsedMs\":30,\"maxSteps\":1000,\"maxMillis\":5000,"
                + "\"stdoutTail\":\"a\\nb\\nc\\n\",\"error\":{\"type\":\"BudgetError\",\"message\":\"too long\",\"line\":0}}", done.json());
        assertNull(run.next(done.version(), 0));
    }

    @Test
    void aRefusedRunEndsItsWatchersWithAServerError() throws Exception {
        ServerRun run = new ServerRun("run-00000002", 1000, 5000, 2);
        run.refused("the server's run queue is full");
        JsonNode done = data(run.next(0, 0));
        assertEquals("ServerError", done.get("error").get("type").asText());
        assertEquals("the server's run queue is full", done.get("error").get("message").asText());
    }

    @Test
    void theTailIsTheLastTwentyLinesOfAtMost2000Characters() {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= 30; i++) out.append("line ").append(i).append('\n');
        String tail = ServerRun.tail(out);
        assertTrue(tail.startsWith("line 11\nline 12\n") && tail.endsWith("line 30\n"), tail);
        assertEquals(2000, ServerRun.tail("x".repeat(5000)).length());
        assertEquals("no newline", ServerRun.tail("no newline"));
        // Never half of a surrogate pair at the cut.
        assertEquals("😀".repeat(999) + "x", ServerRun.tail("😀".repeat(1500) + "x"));
    }

    @Test
    void theRegistryRefusesATakenIdAndForgetsFinishedRunsWhenFull() throws Exception {
        RunRegistry registry = new RunRegistry(2, 60_000, 1);
        ServerRun a = new ServerRun("run-0000000a", 1, 1, 1);
        ServerRun b = new ServerRun("run-0000000b", 1, 1, 1);
        assertEquals(RunRegistry.Added.OK, registry.add(a));
        assertEquals(RunRegistry.Added.TAKEN, registry.add(new ServerRun("run-0000000a", 1, 1, 1)));
        assertEquals(RunRegistry.Added.OK, registry.add(b));
        assertEquals(RunRegistry.Added.FULL, registry.add(new ServerRun("run-0000000c", 1, 1, 1)), "both still run");
        a.finished(1, 1, new RunResult("", null));
        assertEquals(RunRegistry.Added.OK, registry.add(new ServerRun("run-0000000c", 1, 1, 1)), "a made room");
        assertNull(registry.await("run-0000000a", 0));
        assertSame(b, registry.await("run-0000000b", 1000));
    }

    @Test
    void aWatcherWaitsBrieflyForItsRunToArrive() throws Exception {
        RunRegistry registry = new RunRegistry(4, 60_000, 1);
        ServerRun run = new ServerRun("run-00000001", 1, 1, 1);
        Thread poster = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            registry.add(run);
        });
        poster.start();
        assertSame(run, registry.await("run-00000001", 10_000));
        poster.join();
        long t0 = System.nanoTime();
        assertNull(registry.await("run-00000009", 200));
        assertTrue(System.nanoTime() - t0 >= 200_000_000L);
        Thread waiter = new Thread(() -> {
            try {
                registry.await("run-00000010", 10_000);
            } catch (Exception ignored) {
                // ended by close()
            }
        });
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING) Thread.sleep(5);
        assertThrows(RunRegistry.TooManyWaiting.class, () -> registry.await("run-00000011", 1000), "one waiter at a time here");
        registry.close();
        waiter.join(5000);
        assertTrue(!waiter.isAlive(), "close() wakes waiters");
    }
}
