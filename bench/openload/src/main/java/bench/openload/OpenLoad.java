package bench.openload;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-model load generator in the manner of wrk2: requests are sent at a constant
 * arrival rate whatever the server does, and each latency is measured from the time the
 * request was <em>meant</em> to leave, so that a server that stalls is charged for the
 * requests that queued behind the stall (no coordinated omission).
 * <p>
 * Each trial sends {@code rate × duration} requests (paths from a file, in rotation from a
 * random start; the {@code Cookie} header from a second file, one line per session, in
 * rotation), waits for every answer, and reports p50, p95, p99, the maximum and the errors
 * (anything but a 2xx answer, a failure, or a request not sent because too many were
 * already waiting; those count at the time-out in the percentiles). After the fixed rates, a
 * search: the rate keeps doubling while p95 stays under the target and errors under 1 %,
 * then a bisection between the last good and the first bad rate gives the capacity.
 * <p>
 * Options ({@code --name=value}): {@code base} (required), {@code paths} (required),
 * {@code cookies}, {@code name}, {@code rates} (25,100,250), {@code duration} (seconds per
 * trial, 10), {@code warmup} (seconds at the first rate, discarded, 5), {@code target-p95}
 * (ms, 150), {@code max-error-ratio} (0.01), {@code search} (true), {@code max-rate}
 * (4000), {@code bisections} (4), {@code timeout} (seconds, 10), {@code max-in-flight}
 * (1000), {@code out} (a file for tab-separated results).
 */
public final class OpenLoad {

	private final HttpClient client;

	private final URI base;

	private final List<String> paths;

	private final List<String> cookies;

	private final Duration timeout;

	private final int maxInFlight;

	/** Requests sent and not answered yet, across trials. */
	private final AtomicInteger inFlight = new AtomicInteger();

	/**
	 * After an overloaded trial, the server still works through requests whose client
	 * gave up: a pause as long as that trial's p99 (at most the time-out) before the next.
	 */
	private long cooldownMillis;

	private OpenLoad(HttpClient client, URI base, List<String> paths, List<String> cookies, Duration timeout,
			int maxInFlight) {
		this.client = client;
		this.base = base;
		this.paths = paths;
		this.cookies = cookies;
		this.timeout = timeout;
		this.maxInFlight = maxInFlight;
	}

	/** What one trial measured. */
	record Trial(double rate, long sent, long errors, double achieved, double p50, double p95, double p99,
			double max) {

		boolean acceptable(double targetP95, double maxErrorRatio) {
			return p95 <= targetP95 && errors <= maxErrorRatio * sent;
		}

		String line() {
			return String.format(Locale.ROOT,
					"  %7.1f req/s: sent %6d  errors %5d  achieved %7.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms",
					rate, sent, errors, achieved, p50, p95, p99, max);
		}

		String tsv(String kind) {
			return String.format(Locale.ROOT, "%s\t%.1f\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f", kind, rate, sent,
					errors, achieved, p50, p95, p99, max);
		}
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		URI base = URI.create(required(options, "base").replaceAll("/+$", ""));
		List<String> paths = lines(Path.of(required(options, "paths")));
		List<String> cookies = options.containsKey("cookies") ? lines(Path.of(options.get("cookies"))) : List.of();
		String name = options.getOrDefault("name", "page");
		List<Double> rates = new ArrayList<>();
		for (String rate : options.getOrDefault("rates", "25,100,250").split(",")) {
			rates.add(Double.parseDouble(rate.trim()));
		}
		rates.sort(Double::compare);
		double duration = Double.parseDouble(options.getOrDefault("duration", "10"));
		double warmup = Double.parseDouble(options.getOrDefault("warmup", "5"));
		double targetP95 = Double.parseDouble(options.getOrDefault("target-p95", "150"));
		double maxErrorRatio = Double.parseDouble(options.getOrDefault("max-error-ratio", "0.01"));
		boolean search = Boolean.parseBoolean(options.getOrDefault("search", "true"));
		double maxRate = Double.parseDouble(options.getOrDefault("max-rate", "4000"));
		int bisections = Integer.parseInt(options.getOrDefault("bisections", "4"));
		Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "10")));
		int maxInFlight = Integer.parseInt(options.getOrDefault("max-in-flight", "1000"));
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("no path in " + options.get("paths"));
		}

		ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
			Thread thread = new Thread(runnable, "openload-http");
			thread.setDaemon(true);
			return thread;
		});
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(executor)
			.build();
		OpenLoad load = new OpenLoad(client, base, paths, cookies, timeout, maxInFlight);
		List<String> tsv = new ArrayList<>();

		System.out.printf(Locale.ROOT, "open model, %s: %d paths, %d sessions, %.0f s per rate, p95 target %.0f ms%n",
				name, paths.size(), cookies.size(), duration, targetP95);
		if (warmup > 0) {
			load.trial(rates.get(0), warmup);
		}
		List<Trial> fixed = new ArrayList<>();
		for (double rate : rates) {
			Trial trial = load.trial(rate, duration);
			fixed.add(trial);
			System.out.println(trial.line());
			tsv.add(trial.tsv("rate"));
		}
		if (search) {
			double good = 0;
			double bad = -1;
			for (Trial trial : fixed) {
				if (trial.acceptable(targetP95, maxErrorRatio)) {
					good = trial.rate();
				}
				else {
					bad = trial.rate();
					break;
				}
			}
			double rate = rates.get(rates.size() - 1) * 2;
			while (bad < 0 && rate <= maxRate) {
				Trial trial = load.trial(rate, duration);
				System.out.println(trial.line() + "  (search)");
				tsv.add(trial.tsv("search"));
				if (trial.acceptable(targetP95, maxErrorRatio)) {
					good = rate;
					rate *= 2;
				}
				else {
					bad = rate;
				}
			}
			for (int i = 0; i < bisections && bad > 0 && bad - good > Math.max(5, good * 0.05); i++) {
				double middle = Math.rint((good + bad) / 2);
				Trial trial = load.trial(middle, duration);
				System.out.println(trial.line() + "  (bisection)");
				tsv.add(trial.tsv("search"));
				if (trial.acceptable(targetP95, maxErrorRatio)) {
					good = middle;
				}
				else {
					bad = middle;
				}
			}
			// Not reached within max-rate: at least; not even the lowest rate tried: below it.
			String capacity = bad < 0 ? String.format(Locale.ROOT, ">=%.0f", good)
					: good == 0 ? String.format(Locale.ROOT, "<%.0f", bad) : String.format(Locale.ROOT, "%.0f", good);
			System.out.printf(Locale.ROOT, "capacity %s: %s req/s with p95 <= %.0f ms and errors <= %.0f %%%n", name,
					capacity, targetP95, maxErrorRatio * 100);
			tsv.add("capacity\t" + capacity);
		}
		if (options.containsKey("out")) {
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("out")),
					StandardCharsets.UTF_8))) {
				tsv.forEach(out::println);
			}
		}
		executor.shutdownNow();
	}

	/** Sends {@code rate × seconds} requests at a constant rate and waits for every answer. */
	Trial trial(double rate, double seconds) throws InterruptedException {
		// The backlog of an overloaded trial must not be charged to the next one.
		long drained = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (inFlight.get() > 0 && System.nanoTime() < drained) {
			Thread.sleep(100);
		}
		if (inFlight.get() > 0) {
			System.out.printf("  (%d answers of the previous rate still awaited)%n", inFlight.get());
		}
		Thread.sleep(1000 + cooldownMillis);
		int count = Math.max(1, (int) Math.round(rate * seconds));
		Histogram histogram = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
		LongAdder errors = new LongAdder();
		CountDownLatch done = new CountDownLatch(count);
		double interval = 1e9 / rate;
		int offset = ThreadLocalRandom.current().nextInt(paths.size());
		long timeoutMicros = TimeUnit.NANOSECONDS.toMicros(timeout.toNanos());
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long intended = start + (long) (i * interval);
			long wait;
			while ((wait = intended - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			if (inFlight.get() >= maxInFlight) {
				// The server is that far behind: this request is a failure at the time-out.
				errors.increment();
				histogram.recordValue(timeoutMicros);
				done.countDown();
				continue;
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(paths.get((offset + i) % paths.size())))
				.timeout(timeout)
				.GET();
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookies.get(i % cookies.size()));
			}
			inFlight.incrementAndGet();
			client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
				long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - intended);
				histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
				if (failure != null || response.statusCode() / 100 != 2) {
					errors.increment();
				}
				inFlight.decrementAndGet();
				done.countDown();
			});
		}
		if (!done.await(timeout.toSeconds() + 10, TimeUnit.SECONDS)) {
			System.out.println("  (some answers never came)");
		}
		long answered = count - done.getCount();
		double achieved = Math.max(0, answered - errors.sum()) / (count / rate);
		long p99Millis = histogram.getValueAtPercentile(99) / 1000;
		cooldownMillis = errors.sum() > 0 || p99Millis > 1000 ? Math.min(p99Millis, timeout.toMillis()) : 0;
		return new Trial(rate, count, errors.sum() + done.getCount(), achieved,
				histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
				histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return options;
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("--" + name + "= is required");
		}
		return value;
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
			.filter(line -> !line.isEmpty()).toList();
	}

}
