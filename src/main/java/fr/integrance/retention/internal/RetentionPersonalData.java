package fr.integrance.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
		return clocks.findBySubject(subject.kind(), subject.id()).stream().map(entity -> {
			LocalDate endsOn = entity.toClock().endsOn();
			return endsOn.isAfter(today) ? PersonalRow.kept(entity, entity.toClock().ruleId(), endsOn)
					: PersonalRow.erasable(entity, () -> clocks.delete(entity));
		}).toList();
	}

}
