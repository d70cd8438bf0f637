package fr.integrance.identity.internal;

import java.util.EnumMap;
import java.util.Collections;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.integrance.identity.Audience;
import fr.integrance.identity.Space;
import fr.integrance.identity.Spaces;

/**
 * The {@link Space}s of the channels, by audience, registered as their security chains
 * are built (at start-up, before any request).
 */
@Component
class RegisteredSpaces implements Spaces {

	private final Map<Audience, Space> spaces = Collections.synchronizedMap(new EnumMap<>(Audience.class));

	/**
	 * @throws IllegalStateException when another space of the same audience is registered
	 */
	void register(Space space) {
		Space before = spaces.putIfAbsent(space.audience(), space);
		if (before != null && !before.equals(space)) {
			throw new IllegalStateException("Two channels register the space of " + space.audience());
		}
	}

	@Override
	public Space of(Audience audience) {
		Space space = spaces.get(audience);
		if (space == null) {
			throw new IllegalStateException("No channel registers the space of " + audience);
		}
		return space;
	}

}
