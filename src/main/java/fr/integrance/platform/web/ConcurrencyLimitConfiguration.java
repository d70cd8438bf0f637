package fr.integrance.platform.web;

import java.time.Duration;
import java.util.Objects;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.platform.Admission;

/**
 * The {@link ConcurrencyLimitFilter}, just after the request's observation (so that the
 * waiting counts in {@code http.server.requests}) and before the outage page, the session
 * and the security filters: everything a page costs is inside the limit.
 * <p>
 * {@code app.web.concurrency.permits} (0, the default: four per processor, at most the
 * database pool's size, so that the pool is never the queue) and
 * {@code app.web.concurrency.max-wait} (10 s). Two gauges,
 * {@code http.server.requests.working} and {@code http.server.requests.waiting}, show the
 * queue; {@code http.server.requests.aside} the held pages that gave their place back and
 * wait for their journal entry.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrencyLimitConfiguration {

	static final int FILTER_ORDER = Integer.MIN_VALUE + 30;

	static final int PERMITS_PER_PROCESSOR = 4;

	@Bean
	FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(
			@Value("${app.web.concurrency.permits:0}") int permits,
			@Value("${app.web.concurrency.max-wait:PT10S}") Duration maxWait,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
		int limit = permits > 0 ? permits : defaultPermits(Runtime.getRuntime().availableProcessors(), poolSize);
		FilterRegistrationBean<ConcurrencyLimitFilter> registration = new FilterRegistrationBean<>(
				new ConcurrencyLimitFilter(limit, maxWait));
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

	/** Four per processor, at most the database pool's size, at least one. */
	static int defaultPermits(int processors, int poolSize) {
		return Math.max(1, Math.min(PERMITS_PER_PROCESSOR * processors, poolSize));
	}

	/** The filter, as the pages' {@link Admission}. */
	@Bean
	Admission admission(FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter) {
		return Objects.requireNonNull(concurrencyLimitFilter.getFilter(), "filter");
	}

	@Bean
	MeterBinder concurrencyLimitGauges(FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter) {
		ConcurrencyLimitFilter filter = concurrencyLimitFilter.getFilter();
		return registry -> {
			Gauge.builder("http.server.requests.working", filter, ConcurrencyLimitFilter::inFlight)
				.description("Requests working now, at most the concurrency limit")
				.register(registry);
			Gauge.builder("http.server.requests.waiting", filter, ConcurrencyLimitFilter::waiting)
				.description("Requests queued for one of the concurrency limit's places")
				.register(registry);
			Gauge.builder("http.server.requests.aside", filter, ConcurrencyLimitFilter::steppedAsideNow)
				.description(
						"Requests gone on after giving their place back (held pages waiting for their journal entry)")
				.register(registry);
		};
	}

}
