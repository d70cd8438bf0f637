package fr.integrance.platform.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import fr.integrance.platform.SecurityHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrencyLimitFilterTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		threads.shutdownNow();
	}

	@Test
	void letsInAtMostTheLimitAndTheNextOneWhenAPlaceIsFree() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(2, Duration.ofSeconds(30));
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger working = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		FilterChain page = (request, response) -> {
			most.accumulateAndGet(working.incrementAndGet(), Math::max);
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			working.decrementAndGet();
		};
		Future<?> first = threads.submit(() -> run(filter, page(), page));
		Future<?> second = threads.submit(() -> run(filter, page(), page));
		awaitUntil(() -> filter.inFlight() == 2);
		Future<?> third = threads.submit(() -> run(filter, page(), page));
		awaitUntil(() -> filter.waiting() == 1);
		assertThat(working.get()).isEqualTo(2);

		release.countDown();
		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
		third.get(30, TimeUnit.SECONDS);
		assertThat(most.get()).isEqualTo(2);
		assertThat(filter.inFlight()).isZero();
		assertThat(filter.waiting()).isZero();
	}

	@Test
	void aRequestThatWaitedTooLongIsAnswered503WithRetryAfter() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofMillis(50));
		CountDownLatch release = new CountDownLatch(1);
		Future<?> busy = occupy(filter, release);
		AtomicInteger reached = new AtomicInteger();
		MockHttpServletResponse refused = run(filter, page(), (request, response) -> reached.incrementAndGet());

		assertThat(refused.getStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		assertThat(refused.getHeader("Retry-After")).isEqualTo(ConcurrencyLimitFilter.RETRY_AFTER);
		assertThat(refused.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(refused.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(reached.get()).isZero();
		release.countDown();
		busy.get(30, TimeUnit.SECONDS);
		assertThat(run(filter, page(), (request, response) -> reached.incrementAndGet()).getStatus()).isEqualTo(200);
		assertThat(reached.get()).isOne();
	}

	@Test
	void thePermitIsGivenBackWhenThePageFails() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofMillis(50));
		assertThatThrownBy(() -> filter.doFilter(page(), new MockHttpServletResponse(), (request, response) -> {
			throw new IllegalStateException("the page failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(filter.inFlight()).isZero();
		assertThat(run(filter, page(), (request, response) -> {
		}).getStatus()).isEqualTo(200);
	}

	@Test
	void aResponseWrittenAsBytesGivesItsPlaceBackWhenItsBodyIsAskedFor() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofMillis(50));
		AtomicInteger duringTheDownload = new AtomicInteger(-1);
		run(filter, page(), (request, response) -> {
			response.getOutputStream().write(new byte[] { 1, 2, 3 });
			duringTheDownload.set(filter.inFlight());
			response.getOutputStream().write(4);
		});
		assertThat(duringTheDownload.get()).isZero();
		assertThat(filter.inFlight()).isZero();

		AtomicInteger duringThePage = new AtomicInteger(-1);
		run(filter, page(), (request, response) -> {
			response.getWriter().write("<p>page</p>");
			duringThePage.set(filter.inFlight());
		});
		assertThat(duringThePage.get()).isOne();
		assertThat(filter.inFlight()).isZero();
	}

	@Test
	void aRequestThatStepsAsideLetsTheNextOneInAndGivesItsPlaceBackOnce() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofSeconds(30));
		assertThat(filter.crowded()).isFalse();
		CountDownLatch stepAside = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		Future<?> held = threads.submit(() -> run(filter, page(), (request, response) -> {
			try {
				stepAside.await(30, TimeUnit.SECONDS);
				assertThat(filter.steppedAside()).isFalse();
				assertThat(filter.stepAside()).isTrue();
				assertThat(filter.stepAside()).as("once aside, aside").isTrue();
				assertThat(filter.steppedAside()).isTrue();
				finish.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		awaitUntil(() -> filter.inFlight() == 1);
		AtomicInteger next = new AtomicInteger();
		Future<?> waiting = threads.submit(() -> run(filter, page(), (request, response) -> next.incrementAndGet()));
		awaitUntil(filter::crowded);
		assertThat(next.get()).isZero();

		stepAside.countDown();
		waiting.get(30, TimeUnit.SECONDS);
		assertThat(next.get()).as("let in while the first one still runs").isOne();
		assertThat(filter.crowded()).isFalse();
		assertThat(filter.steppedAsideNow()).isOne();
		finish.countDown();
		held.get(30, TimeUnit.SECONDS);
		assertThat(filter.inFlight()).isZero();
		assertThat(filter.steppedAsideNow()).isZero();
		assertThat(filter.steppedAside()).as("outside a request").isFalse();

		// One place still, not three: a second request finds it taken by the first.
		CountDownLatch release = new CountDownLatch(1);
		Future<?> busy = occupy(filter, release);
		Future<?> queued = threads.submit(() -> run(filter, page(), (request, response) -> next.incrementAndGet()));
		awaitUntil(filter::crowded);
		release.countDown();
		busy.get(30, TimeUnit.SECONDS);
		queued.get(30, TimeUnit.SECONDS);
		assertThat(next.get()).isEqualTo(2);
		assertThat(filter.inFlight()).isZero();
	}

	@Test
	void aThreadOutsideAnyAdmittedRequestHasNoPlaceToGiveBack() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofMillis(50));
		CountDownLatch release = new CountDownLatch(1);
		Future<?> busy = occupy(filter, release);
		assertThat(filter.stepAside()).isFalse();
		assertThat(filter.inFlight()).isOne();
		AtomicInteger stepped = new AtomicInteger();
		MockHttpServletRequest stylesheet = new MockHttpServletRequest("GET", "/css/app.css");
		run(filter, stylesheet, (request, response) -> stepped.set(filter.stepAside() ? 1 : 0));
		assertThat(stepped.get()).as("a static file, outside the limit").isZero();
		assertThat(filter.inFlight()).isOne();
		release.countDown();
		busy.get(30, TimeUnit.SECONDS);
	}

	@Test
	void atMostFourRequestsPerPlaceGoOnWithoutTheirs() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofSeconds(30));
		CountDownLatch finish = new CountDownLatch(1);
		List<Future<Boolean>> aside = new ArrayList<>();
		for (int i = 0; i < ConcurrencyLimitFilter.ASIDE_PER_PERMIT; i++) {
			int before = i;
			aside.add(threads.submit(() -> stepsAsideAndWaits(filter, finish)));
			awaitUntil(() -> filter.steppedAsideNow() == before + 1);
		}
		// The fifth keeps its place: a stalled wait holds at most that many threads.
		Future<Boolean> fifth = threads.submit(() -> stepsAsideAndWaits(filter, finish));
		awaitUntil(() -> filter.inFlight() == 1);
		assertThat(filter.steppedAsideNow()).isEqualTo(ConcurrencyLimitFilter.ASIDE_PER_PERMIT);

		finish.countDown();
		for (Future<Boolean> stepped : aside) {
			assertThat(stepped.get(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(fifth.get(30, TimeUnit.SECONDS)).isFalse();
		assertThat(filter.inFlight()).isZero();
		assertThat(filter.steppedAsideNow()).isZero();
	}

	private static boolean stepsAsideAndWaits(ConcurrencyLimitFilter filter, CountDownLatch finish) {
		AtomicBoolean stepped = new AtomicBoolean();
		run(filter, page(), (request, response) -> {
			stepped.set(filter.stepAside());
			try {
				finish.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		return stepped.get();
	}

	@Test
	void staticFilesProbesAndUploadsAreOutsideTheLimit() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofMillis(20));
		CountDownLatch release = new CountDownLatch(1);
		Future<?> busy = occupy(filter, release);

		for (String path : new String[] { "/css/app-1a2b.css", "/js/consent.js", "/img/favicon.svg",
				"/webjars/htmx.org/dist/htmx.min.js", "/actuator/health/readiness" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
			assertThat(run(filter, request, (req, res) -> {
			}).getStatus()).as(path).isEqualTo(200);
		}
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/iadherent/documents");
		upload.setContentType("multipart/form-data; boundary=x");
		upload.setContent("--x--".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(run(filter, upload, (req, res) -> {
		}).getStatus()).isEqualTo(200);
		MockHttpServletRequest json = new MockHttpServletRequest("POST", "/api/v1/employers/affiliations");
		json.setContentType("application/json");
		json.setContent("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(run(filter, json, (req, res) -> {
		}).getStatus()).isEqualTo(200);
		MockHttpServletRequest form = new MockHttpServletRequest("POST", "/iadherent/coordonnees");
		form.setContentType("application/x-www-form-urlencoded");
		form.setContent("ville=Lyon".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(run(filter, form, (req, res) -> {
		}).getStatus()).as("a form queues like a page").isEqualTo(503);
		assertThat(run(filter, page(), (req, res) -> {
		}).getStatus()).isEqualTo(503);

		release.countDown();
		busy.get(30, TimeUnit.SECONDS);
	}

	@Test
	void aFormIsReadWholeBeforeItQueues() throws Exception {
		ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofMillis(20));
		java.util.concurrent.atomic.AtomicBoolean readBeforeTheQueue = new java.util.concurrent.atomic.AtomicBoolean();
		MockHttpServletRequest form = new MockHttpServletRequest("POST", "/iadherent/coordonnees") {
			@Override
			public java.util.Map<String, String[]> getParameterMap() {
				readBeforeTheQueue.set(filter.inFlight() == 0);
				return super.getParameterMap();
			}
		};
		form.setContentType("application/x-www-form-urlencoded; charset=UTF-8");
		form.setContent("ville=Lyon".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		run(filter, form, (req, res) -> {
		});
		assertThat(readBeforeTheQueue.get()).isTrue();
	}

	@Test
	void atLeastOneRequestIsLetIn() {
		assertThatThrownBy(() -> new ConcurrencyLimitFilter(0, Duration.ofSeconds(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void byDefaultFourPerProcessorButNeverMoreThanThePoolHasConnections() {
		assertThat(ConcurrencyLimitConfiguration.defaultPermits(2, 10)).isEqualTo(8);
		assertThat(ConcurrencyLimitConfiguration.defaultPermits(8, 10)).isEqualTo(10);
		assertThat(ConcurrencyLimitConfiguration.defaultPermits(1, 0)).isEqualTo(1);
	}

	/** A page holding one place until {@code release}, once it has it. */
	private Future<?> occupy(ConcurrencyLimitFilter filter, CountDownLatch release) {
		int before = filter.inFlight();
		Future<?> busy = threads.submit(() -> run(filter, page(), (request, response) -> {
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		awaitUntil(() -> filter.inFlight() == before + 1);
		return busy;
	}

	private static MockHttpServletRequest page() {
		return new MockHttpServletRequest("GET", "/iadherent");
	}

	private static MockHttpServletResponse run(ConcurrencyLimitFilter filter, MockHttpServletRequest request,
			FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			filter.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void awaitUntil(Callable<Boolean> condition) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(condition);
	}

}
