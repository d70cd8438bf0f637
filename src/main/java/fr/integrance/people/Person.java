package fr.integrance.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/**
 * A person as stored (NIR decrypted); nullable fields are unknown. {@link #toString()}
 * masks.
 *
 * @param restricted the processing of the person's data is restricted (GDPR art. 18):
 * their data may be kept and consulted, not changed or used (see
 * {@link PersonRestrictedException})
 */
public record Person(PersonId id, PersonName name, LocalDate birthDate, @Nullable Nir nir, @Nullable EmailAddress email,
		@Nullable PhoneNumber phone, @Nullable PostalAddress address, @Nullable FamilySituation familySituation,
		@Nullable MandatoryScheme scheme, @Nullable String schemeFund, boolean restricted) {

	@Override
	public String toString() {
		return "Person[id=" + id + ", name=" + name + ", birthDate=****, nir=" + nir + ", email=" + email + ", phone="
				+ phone + ", address=" + address + "]";
	}
}
