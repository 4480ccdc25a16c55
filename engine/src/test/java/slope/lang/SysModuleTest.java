package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** A small sys module: standard streams, maxsize and a recursion limit programs may lower. Expected output is what CPython 3.11 prints for the same source. */
class SysModuleTest {
    @Test
    void streamsAndRecursionLimit() {
        assertPrints("""
            import sys
            print("to err", file=sys.stderr)
            sys.stdout.write("written\\n")
            print("out", file=sys.stdout)
            print(sys.maxsize, sys.getrecursionlimit())
            sys.setrecursionlimit(50)
            print(sys.getrecursionlimit())
            def f(n):
                return f(n+1)
            try:
                f(0)
            except RecursionError:
                print("limited")
            """,
                """
                written
                out
                9223372036854775807 1000
                50
                limited
                """);
    }
}
