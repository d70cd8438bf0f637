package fr.integrance.retention.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.integrance.retention.RetentionSweeps;

/**
 * {@link RetentionSweeps}: the sweep on one node at a time (ShedLock {@value #LOCK}, held
 * at most two hours), run by {@link RetentionSweepSchedule} every night or by the DPO
 * from the console.
 */
@Service
@RequiredArgsConstructor
class RetentionSweepService implements RetentionSweeps {

	static final String LOCK = "retention.sweep";

	private final SweepEngine engine;

	@Override
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT2H")
	public @Nullable Sweep sweep() {
		return find(engine.run(-1));
	}

	/** A sweep cut after {@code subjects} subjects, as a crash would leave it (tests). */
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT2H")
	public @Nullable Sweep sweepCutAfter(int subjects) {
		return find(engine.run(subjects));
	}

	private @Nullable Sweep find(UUID id) {
		return engine.sweep(id).orElse(null);
	}

	@Override
	public DryRun dryRun(int sample) {
		return engine.dryRun(sample);
	}

	@Override
	public List<Sweep> journal(int count) {
		return engine.journal(count);
	}

	@Override
	public Map<String, Past> pastRetention() {
		return engine.pastRetention();
	}

}
