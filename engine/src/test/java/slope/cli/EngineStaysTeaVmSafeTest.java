package slope.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine also runs as wasm-gc in the browser, so only the command line ({@code slope.cli})
 * may use what TeaVM lacks or what has no meaning in a page. TeaVM itself rejects some of this
 * at build time, but only in code reachable from the page and only in the slow web build.
 */
class EngineStaysTeaVmSafeTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CLI = SOURCES.resolve("slope/cli");

    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\bjava\\.nio\\.file\\b"),                       // files
            Pattern.compile("\\bjava\\.io\\.(File|RandomAccessFile)\\w*"),
            Pattern.compile("\\bjava\\.util\\.concurrent\\b"),                // threads
            Pattern.compile("\\bnew Thread\\b|\\bThread\\.sleep\\b|\\bExecutors\\b"),
            Pattern.compile("\\bjava\\.lang\\.reflect\\b|\\bClass\\.forName\\b|\\.getDeclared\\w+\\("), // reflection
            Pattern.compile("\\bSystem\\.(exit|getenv)\\b|\\bRuntime\\.getRuntime\\b"),
            Pattern.compile("\\bMath\\.fma\\b"),                              // rejected by TeaVM 0.16
            Pattern.compile("%[-+ 0#,(]*\\d*(\\.\\d+)?[eEgGaA]\\b[^\"]*\"[^;]*\\.formatted\\("
                    + "|String\\.format\\([^;]*%[-+ 0#,(]*\\d*(\\.\\d+)?[eEgGaA]")); // fails at run time in wasm

    @Test
    void onlyTheCommandLineUsesJvmOnlyApis() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(CLI)).toList()) {
                String text = withoutComments(Files.readString(f));
                for (Pattern p : FORBIDDEN) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        found.add(SOURCES.relativize(f) + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "JVM-only or TeaVM-unsafe code outside slope.cli:\n  " + String.join("\n  ", found));
    }

    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
