package fr.integrance.privacy.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;
import fr.integrance.privacy.PrivacyState;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * A module's {@link PersonalDataRows} as a {@link PersonalDataProvider}: export, erasure
 * and restriction the same way for every module, each in a transaction of its own
 * (joining the caller's when there is one).
 */
@RequiredArgsConstructor
final class DeclaredProvider implements PersonalDataProvider {

	private final PersonalDataRows rows;

	private final EntityExporter exporter;

	private final ProcessingRegister register;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	@Override
	public String module() {
		return rows.module();
	}

	@Override
	public List<ExportSection> export(DataSubjectRef subject) {
		return Objects.requireNonNull(reading.execute(status -> {
			Map<String, List<Map<String, Object>>> byCategory = new LinkedHashMap<>();
			for (PersonalRow row : rows.rows(subject)) {
				if (exporter.privacy(row.entity()).map(PrivacyState::isAnonymised).orElse(false)) {
					continue;
				}
				exporter.records(row.entity(), row.within())
					.forEach((category, record) -> byCategory.computeIfAbsent(category, c -> new ArrayList<>())
						.add(record));
			}
			List<ExportSection> sections = new ArrayList<>();
			byCategory.forEach((category, records) -> sections.add(new ExportSection(module(), category, records)));
			return sections;
		}));
	}

	@Override
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		return Objects.requireNonNull(writing.execute(status -> erase(rows.rows(subject), null)));
	}

	/**
	 * Every subject's rows found at once ({@link PersonalDataRows#rowsOfEach}), then
	 * erased subject after subject as {@link #eraseOrAnonymise} does; a row reached
	 * through two subjects is erased or anonymised for the first only.
	 */
	@Override
	public Map<DataSubjectRef, List<ErasureOutcome>> eraseOrAnonymiseEach(List<DataSubjectRef> subjects) {
		return Objects.requireNonNull(writing.execute(status -> {
			List<DataSubjectRef> distinct = List.copyOf(new LinkedHashSet<>(subjects));
			Map<DataSubjectRef, List<PersonalRow>> found = rows.rowsOfEach(distinct);
			Set<String> acted = new HashSet<>();
			Map<DataSubjectRef, List<ErasureOutcome>> outcomes = new LinkedHashMap<>();
			for (DataSubjectRef subject : distinct) {
				outcomes.put(subject, erase(found.getOrDefault(subject, List.of()), acted));
			}
			return outcomes;
		}));
	}

	/**
	 * Erases or anonymises the rows as declared. With {@code acted} (a batch of
	 * subjects), leaves out the rows whose reference is in it (already erased or
	 * anonymised for another subject) and adds those it acts on.
	 */
	private List<ErasureOutcome> erase(List<PersonalRow> declared, @Nullable Set<String> acted) {
		Set<String> rules = register.current()
			.retentionRules()
			.stream()
			.map(Register.RetentionRule::id)
			.collect(Collectors.toSet());
		for (PersonalRow row : declared) {
			if (row.rule() != null && !rules.contains(row.rule())) {
				throw new IllegalStateException("Module '" + module() + "' keeps a row under retention rule '"
						+ row.rule() + "', which the register does not declare");
			}
		}
		List<ErasureOutcome> outcomes = new ArrayList<>();
		for (PersonalRow row : declared) {
			String reference = exporter.reference(row.entity());
			boolean acts = row.onErasure() == ErasureOutcome.Result.ERASED
					|| row.onErasure() == ErasureOutcome.Result.ANONYMISED;
			if (acts && acted != null && !acted.add(reference)) {
				continue;
			}
			outcomes.add(switch (row.onErasure()) {
				case ERASED -> {
					Objects.requireNonNull(row.erase(), "an erased or anonymised row says how").run();
					yield ErasureOutcome.erased(module(), reference);
				}
				case ANONYMISED -> {
					Objects.requireNonNull(row.erase(), "an erased or anonymised row says how").run();
					yield ErasureOutcome.anonymised(module(), reference);
				}
				case DEFERRED -> ErasureOutcome.deferred(module(), reference);
				case KEPT -> ErasureOutcome.kept(module(), reference,
						Objects.requireNonNull(row.rule(), "a kept row names its rule"), row.keptUntil());
			});
		}
		return outcomes;
	}

	@Override
	public List<ErasureOutcome> previewErasure(DataSubjectRef subject) {
		return Objects.requireNonNull(reading.execute(status -> rows.rows(subject).stream().map(row -> {
			String reference = exporter.reference(row.entity());
			return switch (row.onErasure()) {
				case ERASED -> ErasureOutcome.erased(module(), reference);
				case ANONYMISED -> ErasureOutcome.anonymised(module(), reference);
				case DEFERRED -> ErasureOutcome.deferred(module(), reference);
				case KEPT -> ErasureOutcome.kept(module(), reference,
						Objects.requireNonNull(row.rule(), "a kept row names its rule"), row.keptUntil());
			};
		}).toList()));
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		return mark(subject, Optional.of(ground));
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		return mark(subject, Optional.empty());
	}

	private RestrictionOutcome mark(DataSubjectRef subject, Optional<RestrictionGround> ground) {
		Integer changed = writing.execute(status -> {
			int count = 0;
			for (PersonalRow row : rows.rows(subject)) {
				Optional<PrivacyState> state = exporter.privacy(row.entity());
				if (state.isEmpty()) {
					continue;
				}
				if (state.get().restricted() != ground.isPresent()) {
					count++;
				}
				exporter.privacy(row.entity(), ground.map(state.get()::restrict).orElseGet(state.get()::lift));
			}
			return count;
		});
		return new RestrictionOutcome(module(), Objects.requireNonNull(changed));
	}

}
