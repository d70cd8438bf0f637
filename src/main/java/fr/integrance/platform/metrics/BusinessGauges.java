package fr.integrance.platform.metrics;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.integrance.platform.BusinessGauge;

/**
 * Measures every {@link BusinessGauge} every {@code app.metrics.business-refresh} (30
 * seconds by default) and once the application is ready, and publishes the values as
 * gauges. Each node measures for itself (no lock): the figures are reads, and each node's
 * scrape must answer. A gauge that fails to measure keeps its last values and is logged
 * with its name only; the others are measured all the same.
 */
@Component
public class BusinessGauges {

	private static final Logger log = LoggerFactory.getLogger(BusinessGauges.class);

	private final MeterRegistry registry;

	private final List<BusinessGauge> gauges;

	/** Per gauge name, the values of each tag combination registered so far. */
	private final Map<String, Map<Tags, Level>> values = new HashMap<>();

	private final Duration refreshPeriod;

	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "business-gauges");
		thread.setDaemon(true);
		return thread;
	});

	BusinessGauges(MeterRegistry registry, List<BusinessGauge> gauges,
			@Value("${app.metrics.business-refresh:PT30S}") Duration refreshPeriod) {
		this.registry = registry;
		this.gauges = List.copyOf(gauges);
		this.refreshPeriod = refreshPeriod;
	}

	/**
	 * Measures at once, then every period, on a daemon thread of this node: not a cluster
	 * job (each node publishes its own figures), so not a {@code @Scheduled} method,
	 * which this project keeps for jobs locked to one node.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		refresh();
		long period = refreshPeriod.toMillis();
		refresher.scheduleWithFixedDelay(this::refreshQuietly, period, period, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		refresher.shutdownNow();
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Business gauges could not be refreshed: {}", ex.getClass().getSimpleName());
		}
	}

	/** Measures every gauge now (the node's refresher calls it; tests too). */
	public synchronized void refresh() {
		for (BusinessGauge gauge : gauges) {
			Map<Tags, Number> measured;
			try {
				measured = gauge.measure();
			}
			catch (RuntimeException ex) {
				log.warn("Business gauge {} could not be measured: {}", gauge.name(), ex.getClass().getSimpleName());
				continue;
			}
			Map<Tags, Level> known = values.computeIfAbsent(gauge.name(), name -> new HashMap<>());
			known.forEach((tags, level) -> level.value = measured.getOrDefault(tags, 0).doubleValue());
			measured.forEach((tags, number) -> known.computeIfAbsent(tags, newTags -> {
				Level level = new Level();
				Gauge.builder(gauge.name(), level, held -> held.value)
					.description(gauge.description())
					.baseUnit(gauge.baseUnit().isEmpty() ? null : gauge.baseUnit())
					.tags(newTags)
					.strongReference(true)
					.register(registry);
				return level;
			}).value = number.doubleValue());
		}
	}

	/** The last value measured for one tag combination. */
	private static final class Level {

		private volatile double value;

	}

}
