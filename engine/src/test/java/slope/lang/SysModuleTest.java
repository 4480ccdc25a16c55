package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** Small sys and time modules: standard streams, maxsize, a recursion limit programs may lower, clocks. Expected output is what CPython 3.11 prints for the same source. */
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

    @Test
    void timeModuleHasClocksAndSleep() {
        assertPrints("""
            import time
            t0 = time.time()
            time.sleep(0.01)
            print(time.time() - t0 < 5, time.perf_counter() > 0)
            """,
                """
                True True
                """);
    }
}
