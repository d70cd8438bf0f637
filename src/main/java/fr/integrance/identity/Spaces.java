package fr.integrance.identity;

/**
 * The {@link Space}s the channels contributed with their security chains, one per
 * {@link Audience}.
 */
public interface Spaces {

	/**
	 * @throws IllegalStateException when no channel registered the audience's space
	 */
	Space of(Audience audience);

	/** The space of the account's role. */
	default Space of(AuthenticatedUser user) {
		return of(user.role().audience());
	}

}
