package fr.integrance.consent;

import java.net.URI;

import fr.integrance.privacy.DataSubjectRef;

/**
 * The one-click unsubscribe link every marketing e-mail carries
 * ({@code /desinscription/{token}}): a random token, stored hashed, that names the
 * subject's marketing consent. Following it needs no login and records
 * {@link Decision#WITHDRAWN} for {@link ConsentPurposes#MARKETING} with
 * {@link ConsentMethod#UNSUBSCRIBE_LINK}.
 */
public interface MarketingUnsubscribeLinks {

	/**
	 * A new absolute link for one e-mail to this subject (also for the List-Unsubscribe
	 * header).
	 */
	URI linkFor(DataSubjectRef subject);

	/** What the token names, without changing anything. */
	Status status(String token);

	/** Withdraws the marketing consent the token names; idempotent. */
	Status unsubscribe(String token, RequestOrigin origin);

	enum Status {

		/** Unknown or malformed token: nothing else is revealed. */
		INVALID,
		/** The subject still receives marketing. */
		SUBSCRIBED,
		/** The subject has withdrawn or refused marketing. */
		UNSUBSCRIBED

	}

}
