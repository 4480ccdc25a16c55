package slope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * W1 and W5 through the interpreter timed by this thread's CPU time, best of N runs in one JVM:
 * steadier than JMH's wall-clock scores on a shared, loaded machine (other processes stretch wall
 * time, much less CPU time). Compare two builds by running each the same way, alternately:
 * <pre>  java -XX:+UseSerialGC -Xss16m -cp bench/target/benchmarks.jar slope.bench.CpuTime [runs]</pre>
 */
public final class CpuTime {
    private CpuTime() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder();
        String[][] workloads = {{"W1", W1ScalarGraph.SOURCE}, {"W5", W5Rosenbrock.SOURCE}};
        for (String[] w : workloads) {
            long best = Long.MAX_VALUE;
            for (int r = 0; r < runs; r++) {
                long t0 = mx.getCurrentThreadCpuTime();
                Programs.run(w[1]);
                best = Math.min(best, mx.getCurrentThreadCpuTime() - t0);
            }
            if (w[0].equals("W1")) out.append("W1 interpreter ").append(best / W1ScalarGraph.N).append(" ns/iter   ");
            else out.append("W5 interpreter ").append(best / 1_000_000.0).append(" ms");
        }
        System.out.println(out + "   (thread CPU time, best of " + runs + ")");
    }
}
