package fr.portailpartenaires.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code concurrency} threads each send one request, wait for its answer, and
 * send the next one at once (no think time). Throughput is completed requests divided by the wall
 * time from the common start to the last answer; latencies are measured per request, client side.
 */
final class Load {

    /** One request; throws when the answer is not the expected one (the run then fails). */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /** What one measured run gives. */
    record Result(int concurrency, int requests, double seconds, long[] sortedLatencyNanos) {

        double perSecond() {
            return requests / seconds;
        }

        /** Several measured runs as one: their requests and times added, their latencies pooled. */
        static Result merged(List<Result> runs) {
            long[] all = runs.stream().flatMapToLong(run -> Arrays.stream(run.sortedLatencyNanos())).sorted().toArray();
            return new Result(runs.getFirst().concurrency(), runs.stream().mapToInt(Result::requests).sum(),
                    runs.stream().mapToDouble(Result::seconds).sum(), all);
        }

        /** Nearest-rank percentile, in milliseconds. */
        double percentileMillis(double percentile) {
            int rank = (int) Math.ceil(percentile / 100.0 * sortedLatencyNanos.length);
            return sortedLatencyNanos[Math.max(0, rank - 1)] / 1_000_000.0;
        }
    }

    private Load() {
    }

    /** Sends {@code total} requests over {@code concurrency} connections. */
    static Result count(int concurrency, int total, Call call) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(total);
        return run(concurrency, () -> left.getAndDecrement() > 0, call);
    }

    /** Sends requests for a while, measuring nothing (to let the JIT compile the paths and the heap settle). */
    static void warmUp(int concurrency, Duration duration, Call call) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        run(concurrency, () -> System.nanoTime() < end, call);
    }

    /** Sends requests for {@code measured}: every request started before its end is counted. */
    static Result duration(int concurrency, Duration measured, Call call) throws InterruptedException {
        long[] end = {0};
        return run(concurrency, new Condition() {
            @Override
            public boolean another() {
                return System.nanoTime() < end[0];
            }

            @Override
            public void started(long startNanos) {
                end[0] = startNanos + measured.toNanos();
            }
        }, call);
    }

    /** Whether a worker sends another request. */
    @FunctionalInterface
    private interface Condition {
        boolean another();

        default void started(long startNanos) {
        }
    }

    private static Result run(int concurrency, Condition condition, Call call) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[concurrency];
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            long[][] own = {new long[1024]};
            workers.add(Thread.ofPlatform().name("load-" + w).start(() -> {
                try {
                    go.await();
                    while (failure.get() == null && condition.another()) {
                        long start = System.nanoTime();
                        call.run();
                        long latency = System.nanoTime() - start;
                        if (counts[worker] == own[0].length) {
                            own[0] = Arrays.copyOf(own[0], own[0].length * 2);
                        }
                        own[0][counts[worker]++] = latency;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(own[0], counts[worker]));
                }
            }));
        }
        long start = System.nanoTime();
        condition.started(start);
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("A request failed: " + failure.get().getMessage(), failure.get());
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(concurrency, all.length, seconds, all);
    }
}
