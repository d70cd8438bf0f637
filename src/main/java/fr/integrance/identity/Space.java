package fr.integrance.identity;

import java.util.Objects;

/**
 * What a channel tells identity about the space it serves, as a bean: where an account of
 * this audience lands once signed in, and the navigation fragment of the page layout
 * ({@code templates/layout/nav.html}) its pages show, the value of the {@code audience}
 * model attribute.
 */
public record Space(Audience audience, String homePath, String navigation) {

	public Space {
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(homePath, "homePath");
		Objects.requireNonNull(navigation, "navigation");
	}

}
