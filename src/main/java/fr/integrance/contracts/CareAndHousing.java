package fr.integrance.contracts;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where a protected adult lives and, in an establishment, its name (at most 100
 * characters). {@link #toString()} prints only the kind.
 */
public record CareAndHousing(Housing housing, @Nullable String establishment) {

	public CareAndHousing {
		Objects.requireNonNull(housing, "housing");
		establishment = establishment == null || establishment.isBlank() || !housing.inEstablishment() ? null
				: establishment.strip();
	}

	@Override
	public String toString() {
		return "CareAndHousing[" + housing + ", ****]";
	}

}
