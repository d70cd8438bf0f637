package fr.integrance.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.integrance.people.PersonId;

/**
 * What a guardian organisation's agents did with the adults it represents, as the
 * organisation's administrator reviews it (each opening of an adult's file), and the
 * alerts sent to them before a measure ends (each once per end date and threshold).
 */
public interface RepresentationActivity {

	/** One opening of an adult's file by an agent (an identity account id). */
	record Opening(UUID agentAccount, PersonId protectedAdult, Instant openedAt) {
	}

	/** One page of openings, newest first; {@code page} from 0. */
	record Openings(List<Opening> items, int page, int totalPages, long total) {

		public Openings {
			items = List.copyOf(items);
		}

	}

	/** Records that the agent opened the adult's file for the organisation. */
	void opened(UUID guardianOrganisation, UUID agentAccount, PersonId protectedAdult, Instant at);

	/** The organisation's openings, newest first, {@code size} a page. */
	Openings openings(UUID guardianOrganisation, int page, int size);

	/**
	 * Records the alert sent {@code daysBefore} days before the representation's end
	 * {@code validUntil}; false when it was already recorded (then nothing is sent).
	 */
	boolean lapseAlerted(RepresentationListing representation, LocalDate validUntil, int daysBefore, Instant at);

}
