package fr.integrance.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/**
 * Identifier of an organisation (employer or guardian service): the tenant key of scoped
 * queries.
 */
public record OrganisationId(UUID value) implements Serializable, TypedId {

	private static final long serialVersionUID = 1L;

	public OrganisationId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * Parses an id from a URL; an id that is not a UUID is simply unknown, hence empty.
	 */
	public static Optional<OrganisationId> parse(String text) {
		try {
			return Optional.of(new OrganisationId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
