package fr.integrance.consent;

/** How a decision was expressed: part of the proof (CNIL: "when and how"). */
public enum ConsentMethod {

	/** "Tout accepter" on the cookie banner. */
	BANNER_ACCEPT_ALL,
	/** "Tout refuser" on the cookie banner. */
	BANNER_REFUSE_ALL,
	/** Per-purpose choices saved on the {@code /cookies} page. */
	SETTINGS_PAGE,
	/** "Tout accepter" on the {@code /cookies} page. */
	SETTINGS_ACCEPT_ALL,
	/** "Tout refuser" on the {@code /cookies} page. */
	SETTINGS_REFUSE_ALL,
	/** "Retirer mes consentements" on the {@code /cookies} page. */
	SETTINGS_WITHDRAW,
	/** The one-click link of a marketing e-mail ({@code /desinscription/{token}}). */
	UNSUBSCRIBE_LINK,
	/** A box the person ticked in one of our forms (e.g. marketing at subscription). */
	FORM,
	/** Recorded by the platform when a choice reached its renewal age. */
	EXPIRY,
	/**
	 * A rights request answered by the mutual (withdrawal of consent, objection to
	 * marketing), exercised by letter, form or e-mail and checked by staff.
	 */
	RIGHTS_REQUEST

}
