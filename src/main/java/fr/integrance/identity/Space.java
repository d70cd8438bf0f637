package fr.integrance.identity;

import java.util.Objects;

/**
 * What a channel tells identity about the space it serves, with its security chain
 * ({@link SecurityChains#space}): where an account of this audience lands once signed in
 * (the space's pages are that path and what lies below), and the navigation fragment of
 * the page layout ({@code templates/layout/nav.html}) its pages show, the value of the
 * {@code audience} model attribute.
 */
public record Space(Audience audience, String homePath, String navigation) {

	public Space {
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(homePath, "homePath");
		Objects.requireNonNull(navigation, "navigation");
	}

	/** The space's pages: its home and what lies below, as request path patterns. */
	public String[] paths() {
		return new String[] { homePath, homePath + "/**" };
	}

}
