package fr.integrance.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by modules whose records refer to people (contracts…), so that the people
 * module keeps a person's record while another module must keep what refers to it: a
 * running contract, the « contract + 6 years » legal retention. The people module cannot
 * depend on those modules; they tell it through this interface instead (Spring beans, all
 * consulted).
 */
public interface PersonHolds {

	/**
	 * Why the person's record must be kept now; empty when nothing in this module needs
	 * it.
	 */
	List<Hold> holds(PersonId person);

	/**
	 * A reason to keep a person's record.
	 *
	 * @param module the module that needs it
	 * @param rule the register's retention rule under which it is kept, e.g.
	 * {@code member-contract-6y}
	 * @param until when it stops applying; null while open-ended (a contract still
	 * running)
	 */
	record Hold(String module, String rule, @Nullable LocalDate until) {

		public Hold {
			Objects.requireNonNull(module, "module");
			Objects.requireNonNull(rule, "rule");
		}

		/**
		 * Whether this hold outlasts {@code other}: open-ended, or ending later. Of
		 * several holds, the one that outlasts the others says under which rule and until
		 * when the person's record is kept.
		 */
		public boolean outlasts(Hold other) {
			return other.until != null && (until == null || until.isAfter(other.until));
		}
	}

}
