package fr.integrance.backoffice;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.integrance.requests.CaseProcessing;

/** The forms of a case page: one record per action, with only the text staff write. */
final class CaseForms {

	private CaseForms() {
	}

	/** What the sender is asked for; sent to them and kept as the reason of the move. */
	record MoreInformationForm(@NotBlank(message = "{cases.error.more.required}") @Size(max = CaseProcessing.MAX_TEXT,
			message = "{cases.error.too-long}") String reason) {
	}

	/** Why the case is rejected; sent to the sender. */
	record RejectionForm(@NotBlank(message = "{cases.error.reject.required}") @Size(max = CaseProcessing.MAX_TEXT,
			message = "{cases.error.too-long}") String reason) {
	}

	/**
	 * The answer given with the decision (required for a sollicitation, an optional note for a
	 * subscription) and, for a subscription, each dependant's civility ({@code MADAME} or
	 * {@code MONSIEUR}) when the request does not carry it (sent before the public form asked it).
	 */
	record AcceptanceForm(@Size(max = CaseProcessing.MAX_TEXT, message = "{cases.error.too-long}") String answer,
			List<String> civilities) {

		AcceptanceForm {
			civilities = civilities == null ? new ArrayList<>() : new ArrayList<>(civilities);
		}

		public String civility(int index) {
			return index < civilities.size() ? civilities.get(index) : null;
		}
	}

	/** A message to the sender. */
	record MessageForm(@NotBlank(message = "{cases.error.message.required}") @Size(max = CaseProcessing.MAX_TEXT,
			message = "{cases.error.too-long}") String body) {
	}
}
