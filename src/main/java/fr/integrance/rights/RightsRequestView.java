package fr.integrance.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One request as the DPO's desk shows it.
 *
 * @param line the queue line (status, due date, days left)
 * @param scope the register purpose id or {@code all}
 * @param message what the requester wrote
 * @param requesterName first and last name as given
 * @param requesterEmail where to answer
 * @param memberNumber the member number given, or null
 * @param language the language to answer in
 * @param identity how far the identity was established
 * @param subjectRef the subject once known ({@code PERSON:…}), or null
 * @param onBehalf made on behalf of the subject (a guardian for a protected adult)
 * @param originalDueDate one calendar month after receipt
 * @param extended whether the deadline was extended
 * @param extensionAllowed whether it can still be extended (in progress, within the first
 * month, not yet extended)
 * @param closedAt when it was answered or refused, or null
 * @param hasScan a scan of the letter is kept
 * @param history every step, oldest first
 * @param identityDocumentAwaited an identity document was asked for and not sent yet
 * @param hasIdentityDocument the requester sent an identity document, not checked yet
 */
public record RightsRequestView(RightsRequestLine line, String scope, @Nullable String message, String requesterName,
		String requesterEmail, @Nullable String memberNumber, String language, IdentityState identity,
		@Nullable String subjectRef, boolean onBehalf, LocalDate originalDueDate, boolean extended,
		boolean extensionAllowed, @Nullable Instant closedAt, boolean hasScan, List<Step> history,
		boolean identityDocumentAwaited, boolean hasIdentityDocument) {

	public RightsRequestView {
		history = List.copyOf(history);
	}

	/**
	 * One step of the request's history.
	 *
	 * @param at when
	 * @param kind what ({@code received}, {@code link-sent}, {@code extended}…)
	 * @param actor who ({@code ACCOUNT:…}, {@code SYSTEM:…}, {@code ANONYMOUS})
	 * @param from the status before, or null for the first step
	 * @param to the status after
	 * @param reason why, as written by staff, or null
	 */
	public record Step(Instant at, String kind, String actor, @Nullable RightsRequestStatus from,
			RightsRequestStatus to, @Nullable String reason) {
	}
}
