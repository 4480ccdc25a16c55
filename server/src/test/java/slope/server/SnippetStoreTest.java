package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The snippet store on SQLite and on a real PostgreSQL: content-addressed ids, immutability, durability. */
class SnippetStoreTest {
    @TempDir
    Path dir;

    private SnippetStore open(String kind) {
        return SnippetStore.fromSettings(TestStores.settings(kind, dir));
    }

    private static String unique(String code) {
        return code + "\n# " + UUID.randomUUID();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void sameCodeAndTitleGiveTheSameShortIdAndOneRow(String kind) throws Exception {
        try (SnippetStore store = open(kind)) {
            String code = unique("print(1)");
            long before = store.count();
            Snippet a = store.save(code, "one");
            Snippet b = store.save(code, "one");
            assertEquals(a.id(), b.id());
            assertEquals(Snippet.ID_LENGTH, a.id().length());
            assertTrue(a.id().matches("[A-Za-z0-9_-]+"), a.id());
            assertEquals(before + 1, store.count());
            assertNotEquals(a.id(), store.save(code, "two").id(), "the title is part of the id");
            assertNotEquals(a.id(), store.save(code + " ", "one").id(), "so is every byte of the code");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSnippetRecordsTheEngineVersionAndReadsBackAfterReopening(String kind) throws Exception {
        String code = unique("import torch\nx = torch.tensor(2.0, requires_grad=True)\nprint('ünïcødé ✓')");
        String id;
        try (SnippetStore store = open(kind)) {
            id = store.save(code, "Grad «demo»").id();
        }
        try (SnippetStore store = open(kind)) {
            Snippet s = store.find(id).orElseThrow();
            assertEquals(code, s.code());
            assertEquals("Grad «demo»", s.title());
            assertEquals(Settings.currentEngineVersion(), s.engineVersion());
            assertTrue(!s.engineVersion().equals("unknown") && !s.engineVersion().contains("${"), s.engineVersion());
            assertTrue(store.find("AAAAAAAAAAA").isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void concurrentWritersAllSucceed(String kind) throws Exception {
        try (SnippetStore store = open(kind)) {
            String base = unique("print('concurrent')");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String code = base + (i % 16); // 16 distinct snippets, each written 4 times at once
                ids.add(pool.submit(() -> store.save(code, "").id()));
            }
            HashSet<String> distinct = new HashSet<>();
            for (Future<String> f : ids) distinct.add(f.get());
            pool.shutdown();
            assertEquals(16, distinct.size());
            for (String id : distinct) assertTrue(store.find(id).isPresent());
        }
    }

    @Test
    void sqliteRunsInWalModeWithFullSync() throws Exception {
        try (SnippetStore store = open("sqlite")) {
            store.save("print(2)", "");
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("slope.db"));
             ResultSet r = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            r.next();
            assertEquals("wal", r.getString(1), "WAL mode is stored in the database file");
        }
    }
}
