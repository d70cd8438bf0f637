package fr.integrance.people;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/**
 * What is needed to register a person: name and birth date; everything else may be
 * unknown yet. {@code schemeFund} is the fund's name or code (e.g. « CPAM du Rhône »), at
 * most 100 characters.
 */
public record NewPerson(PersonName name, LocalDate birthDate, @Nullable Nir nir, @Nullable EmailAddress email,
		@Nullable PhoneNumber phone, @Nullable PostalAddress address, @Nullable FamilySituation familySituation,
		@Nullable MandatoryScheme scheme, @Nullable String schemeFund) {

	public NewPerson {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(birthDate, "birthDate");
		if (schemeFund != null && (schemeFund.isBlank() || schemeFund.length() > 100)) {
			throw new IllegalArgumentException("schemeFund must be 1 to 100 characters, or null");
		}
	}

	/** Only the name and birth date. */
	public static NewPerson of(PersonName name, LocalDate birthDate) {
		return new NewPerson(name, birthDate, null, null, null, null, null, null, null);
	}

	@Override
	public String toString() {
		return "NewPerson[name=" + name + ", birthDate=****, nir=" + (nir == null ? "null" : "***") + "]";
	}
}
