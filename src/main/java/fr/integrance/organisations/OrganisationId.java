package fr.integrance.organisations;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/**
 * Identifier of an organisation (employer or guardian service): the tenant key of scoped
 * queries. Serializable: the signed-in principal kept in the session carries it.
 */
public record OrganisationId(UUID value) implements Serializable, TypedId {

	@Serial
	private static final long serialVersionUID = 1L;

	public OrganisationId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
