package fr.integrance.identity;

/**
 * The spaces of the platform an account belongs to, one per {@link Role}. Where each
 * space lives and which navigation its pages show is the channel's: it registers a
 * {@link Space}.
 */
public enum Audience {

	MEMBER, EMPLOYER, GUARDIAN, STAFF, DPO, ADMINISTRATION

}
