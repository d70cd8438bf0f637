package fr.integrance.backoffice;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.integrance.requests.Cases;

/**
 * The forms of a case page: one record per action, with only the text staff write. That
 * text speaks of the sender's situation: {@code toString} shows its length, never the
 * text, so that a form printed in a log carries nothing of it.
 */
final class CaseForms {

	private CaseForms() {
	}

	static String masked(String text) {
		return text == null ? "null" : "[" + text.length() + " chars]";
	}

	/** What the sender is asked for; sent to them and kept as the reason of the move. */
	record MoreInformationForm(@NotBlank(message = "{cases.error.more.required}") @Size(max = Cases.MAX_TEXT,
			message = "{cases.error.too-long}") String reason) {

		@Override
		public String toString() {
			return "MoreInformationForm[reason=" + masked(reason) + "]";
		}
	}

	/** Why the case is rejected; sent to the sender. */
	record RejectionForm(@NotBlank(message = "{cases.error.reject.required}") @Size(max = Cases.MAX_TEXT,
			message = "{cases.error.too-long}") String reason) {

		@Override
		public String toString() {
			return "RejectionForm[reason=" + masked(reason) + "]";
		}
	}

	/**
	 * The answer given with the decision (required for a sollicitation, an optional note
	 * for a subscription) and, for a subscription, each dependant's civility ({@code MME}
	 * or {@code M}) when the request does not carry it (sent before the public form asked
	 * it).
	 */
	record AcceptanceForm(@Size(max = Cases.MAX_TEXT, message = "{cases.error.too-long}") String answer,
			List<String> civilities) {

		AcceptanceForm {
			civilities = civilities == null ? new ArrayList<>() : new ArrayList<>(civilities);
		}

		public @Nullable String civility(int index) {
			return index < civilities.size() ? civilities.get(index) : null;
		}

		@Override
		public String toString() {
			return "AcceptanceForm[answer=" + masked(answer) + ", civilities=" + civilities.size() + "]";
		}
	}

	/** A message to the sender. */
	record MessageForm(@NotBlank(message = "{cases.error.message.required}") @Size(max = Cases.MAX_TEXT,
			message = "{cases.error.too-long}") String body) {

		@Override
		public String toString() {
			return "MessageForm[body=" + masked(body) + "]";
		}
	}

}
