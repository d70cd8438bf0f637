package fr.integrance.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.integrance.platform.Admission;
import fr.integrance.platform.SecurityHeaders;

/**
 * Lets at most {@code permits} requests work at once and queues the others in their order
 * of arrival: a bulkhead in front of the pages.
 * <p>
 * Tomcat gives each connection a thread (200 at most). On two cores, fifty pages worked
 * on at once do not finish sooner than ten: they share the cores, the database pool (ten
 * connections) and the memory, and the scheduler serves them in no order, so the slowest
 * twentieth waits for three times the mean. Queued here in order, a request waits for
 * those ahead of it and then runs alone with a few others: the throughput holds past
 * saturation and the waiting is shared out fairly.
 * <p>
 * Outside the limit:
 * <ul>
 * <li>static files and the actuator (health probes answer even when the pages are
 * busy);</li>
 * <li>uploads ({@code multipart/*}) and other bodies that are not a form (JSON, CSV):
 * they arrive at the client's pace, and a few clients sending slowly would otherwise hold
 * every place;</li>
 * <li>a response written as bytes (a PDF, a document, a CSV, JSON): the permit is given
 * back as soon as the body is asked for, so a slow client downloading a file holds a
 * thread but not a place in the queue. The pages are written as text.</li>
 * </ul>
 * A form ({@code application/x-www-form-urlencoded}) is read whole before the request
 * queues, for the same reason: its fields are parsed then, as they would have been by the
 * first filter that asks for one (the character encoding is set before this filter).
 * <p>
 * A request that waited {@code maxWait} without a permit answers 503 with
 * {@code Retry-After}: the server is overloaded, better said at once than after a
 * browser's time-out.
 * <p>
 * As the {@link Admission}, it tells whether requests wait for a permit, and a request
 * done with its work may give its permit back early ({@link #stepAside}): a held page
 * waiting for its journal entry lets the next request in. At most
 * {@value #ASIDE_PER_PERMIT} times as many requests as the permits go on without theirs:
 * if the journal stalls, the pages waiting for it hold that many threads, not all of
 * Tomcat's (static files and the health probes still need one).
 */
final class ConcurrencyLimitFilter extends OncePerRequestFilter implements Admission {

	/** How many requests per permit may go on after giving theirs back. */
	static final int ASIDE_PER_PERMIT = 4;

	/** The permit of the request this thread works on, while it works on one. */
	private final ThreadLocal<Permit> current = new ThreadLocal<>();

	private final Semaphore aside;

	private static final Logger log = LoggerFactory.getLogger(ConcurrencyLimitFilter.class);

	private static final List<String> OUTSIDE_THE_LIMIT = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico",
			"/actuator/");

	/** Seconds after which a refused browser or client may try again. */
	static final String RETRY_AFTER = "5";

	private final Semaphore permits;

	private final int limit;

	private final long maxWaitNanos;

	ConcurrencyLimitFilter(int permits, Duration maxWait) {
		if (permits < 1) {
			throw new IllegalArgumentException("at least one request must be let in, not " + permits);
		}
		this.limit = permits;
		this.permits = new Semaphore(permits, true);
		this.aside = new Semaphore(permits * ASIDE_PER_PERMIT);
		this.maxWaitNanos = maxWait.toNanos();
	}

	/** Requests working now. */
	int inFlight() {
		return limit - permits.availablePermits();
	}

	/** Requests waiting for a permit now. */
	int waiting() {
		return permits.getQueueLength();
	}

	/** Requests gone on after giving their permit back ({@link #stepAside}). */
	int steppedAsideNow() {
		return limit * ASIDE_PER_PERMIT - aside.availablePermits();
	}

	@Override
	public boolean crowded() {
		return permits.hasQueuedThreads();
	}

	@Override
	public boolean stepAside() {
		Permit permit = current.get();
		return permit != null && permit.stepAside();
	}

	@Override
	public boolean steppedAside() {
		Permit permit = current.get();
		return permit != null && permit.aside;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (OUTSIDE_THE_LIMIT.stream().anyMatch(path::startsWith)) {
			return true;
		}
		return hasBody(request) && !isForm(request);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private static boolean isForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasBody(request) && isForm(request)) {
			try {
				request.getParameterMap();
			}
			catch (RuntimeException malformed) {
				// Not a form (not UTF-8, a lone %): the first filter that asks for a
				// field
				// answers it, with the French 400 page and the security headers.
			}
		}
		boolean admitted;
		try {
			admitted = permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			log.warn("{} {} answered 503: {} requests already working, {} waiting", request.getMethod(),
					request.getRequestURI(), limit, waiting());
			response.setHeader("Retry-After", RETRY_AFTER);
			// Refused before the security filters: their headers are written here, as the
			// outage page does.
			SecurityHeaders.write(response);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		Permit permit = new Permit();
		current.set(permit);
		try {
			chain.doFilter(request, new ReleasingOnBytes(response, permit));
		}
		finally {
			current.remove();
			permit.release();
			permit.leaveAside();
		}
	}

	/**
	 * One admitted request's permit, given back once; and, once it stepped aside, its
	 * place among the requests going on without theirs.
	 */
	private final class Permit {

		private final AtomicBoolean held = new AtomicBoolean(true);

		/** Only the request's thread writes it. */
		private volatile boolean aside;

		void release() {
			if (held.compareAndSet(true, false)) {
				permits.release();
			}
		}

		boolean stepAside() {
			if (aside) {
				return true;
			}
			if (!held.get() || !ConcurrencyLimitFilter.this.aside.tryAcquire()) {
				return false;
			}
			aside = true;
			release();
			return true;
		}

		void leaveAside() {
			if (aside) {
				aside = false;
				ConcurrencyLimitFilter.this.aside.release();
			}
		}

	}

	/** Gives the permit back when the response's body is asked for as bytes. */
	private static final class ReleasingOnBytes extends HttpServletResponseWrapper {

		private final Permit permit;

		ReleasingOnBytes(HttpServletResponse response, Permit permit) {
			super(response);
			this.permit = permit;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			permit.release();
			return super.getOutputStream();
		}

	}

}
