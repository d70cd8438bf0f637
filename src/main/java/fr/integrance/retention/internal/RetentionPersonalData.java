package fr.integrance.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;

/**
 * The retention module's rows of a subject: the clocks of their records. The export tells
 * how long each record is kept (GDPR Art. 15(1)(d)). A clock still running is kept under
 * its own rule until it ends, since it is what will end the record's life; a clock that
 * has run out is erased. Clocks are only read to end records, which a restriction does
 * not forbid: they embed no restriction state.
 */
@Component
@RequiredArgsConstructor
class RetentionPersonalData implements PersonalDataRows {

	private final StoredClocks clocks;

	private final Clock clock;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		LocalDate today = FrenchDates.today(clock);
		return clocks.findBySubject(subject.kind(), subject.id()).stream().map(entity -> row(entity, today)).toList();
	}

	/** The clocks of several subjects: one query per kind of subject. */
	@Override
	public Map<DataSubjectRef, List<PersonalRow>> rowsOfEach(List<DataSubjectRef> subjects) {
		LocalDate today = FrenchDates.today(clock);
		Map<DataSubjectRef, List<PersonalRow>> rows = new LinkedHashMap<>();
		subjects.forEach(subject -> rows.put(subject, new ArrayList<>()));
		Map<DataSubjectRef.Kind, Set<String>> byKind = new EnumMap<>(DataSubjectRef.Kind.class);
		rows.keySet()
			.forEach(subject -> byKind.computeIfAbsent(subject.kind(), k -> new LinkedHashSet<>()).add(subject.id()));
		byKind.forEach((kind, ids) -> clocks.findBySubjects(kind, ids).forEach(entity -> {
			List<PersonalRow> found = rows.get(entity.toClock().subject());
			if (found != null) {
				found.add(row(entity, today));
			}
		}));
		rows.replaceAll((subject, found) -> List.copyOf(found));
		return rows;
	}

	private PersonalRow row(RetentionClockEntity entity, LocalDate today) {
		LocalDate endsOn = entity.toClock().endsOn();
		return endsOn.isAfter(today) ? PersonalRow.kept(entity, entity.toClock().ruleId(), endsOn)
				: PersonalRow.erasable(entity, () -> clocks.delete(entity));
	}

}
