package fr.integrance.rights.internal.fulfilment;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content of an answer letter, as stored (encrypted JSON) to render it again in its
 * language: message keys and their arguments rather than sentences, the rows an erasure
 * kept or erased, the reasons of a refusal.
 *
 * @param reference the request's reference
 * @param rightId the register right
 * @param refused whether it is a refusal
 * @param requesterName how the letter addresses the requester
 * @param receivedOn the day the request was received (France)
 * @param answeredOn the day of the answer (France)
 * @param done what was done, one paragraph each (bundle {@code rightsanswers})
 * @param rows what became of each record (erasure)
 * @param reasons the reasons of a refusal or the compelling grounds of an objection kept
 * @param archiveExpiresOn until when an archive can be downloaded
 */
record Letter(String reference, String rightId, boolean refused, String requesterName, LocalDate receivedOn,
		LocalDate answeredOn, List<Line> done, List<Row> rows, @Nullable String reasons,
		@Nullable LocalDate archiveExpiresOn) {

	Letter {
		done = List.copyOf(done);
		rows = List.copyOf(rows);
	}

	/** A paragraph: a message key and its arguments, already as text. */
	record Line(String key, List<String> arguments) {

		static Line of(String key, Object... arguments) {
			return new Line(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
		}

	}

	/**
	 * One record of an erasure.
	 *
	 * @param messageKey the privacy bundle's message of its outcome
	 */
	record Row(String module, String record, String result, @Nullable String rule, @Nullable LocalDate keptUntil,
			String messageKey) {
	}

	@Override
	public String toString() {
		return "Letter[" + reference + ", " + rightId + "]";
	}

}
