package fr.integrance.identity.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.integrance.identity.Audience;
import fr.integrance.identity.Space;
import fr.integrance.identity.Spaces;

/** The {@link Space} beans of the channels, by audience. */
@Component
class RegisteredSpaces implements Spaces {

	private final Map<Audience, Space> spaces = new EnumMap<>(Audience.class);

	RegisteredSpaces(List<Space> registered) {
		for (Space space : registered) {
			if (spaces.putIfAbsent(space.audience(), space) != null) {
				throw new IllegalStateException("Two channels register the space of " + space.audience());
			}
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
