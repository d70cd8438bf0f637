package fr.integrance.retention;

import java.util.List;
import java.util.Optional;

import fr.integrance.privacy.DataSubjectRef;

/** The recorded retention clocks. */
public interface RetentionClocks {

	/** The clock of a record under a register retention rule, if one was recorded. */
	Optional<RetentionClock> find(RetainedRecord record, String ruleId);

	/** The clocks of the records about a data subject, earliest end first. */
	List<RetentionClock> ofSubject(DataSubjectRef subject);

}
