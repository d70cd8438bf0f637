package fr.integrance.datagen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import fr.integrance.people.NameKey;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalCode;

/** Everything the generator makes up passes the platform's own checks. */
class FakeIdentitiesPropertyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Property
	void nirsAreValidAndMatchSexAndBirthMonth(@ForAll @LongRange(min = 0, max = 90_000_000) long serial,
			@ForAll boolean woman, @ForAll @LongRange(max = 40_000) long daysBack) {
		Civility civility = woman ? Civility.MME : Civility.M;
		LocalDate birth = TODAY.minusDays(daysBack);
		Nir nir = FakeIdentities.nir(serial, civility, birth);
		String digits = nir.normalised();
		assertThat(Nir.isValid(digits)).isTrue();
		assertThat(digits.charAt(0)).isEqualTo(woman ? '2' : '1');
		assertThat(digits.substring(1, 5))
			.isEqualTo("%02d%02d".formatted(birth.getYear() % 100, birth.getMonthValue()));
	}

	@Property(tries = 200)
	void ibansBicsPhonesAndSirensAreValid(@ForAll long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		FakeIdentities.BankDetails bank = FakeIdentities.bankAccount(random);
		assertThat(Iban.parse(bank.iban().value()).isFrench()).isTrue();
		assertThatNoException().isThrownBy(() -> Bic.parse(bank.bic()));
		assertThat(PhoneNumber.parse(FakeIdentities.mobile(random)).isMobile()).isTrue();
		assertThat(FakeIdentities.siren(random).value()).hasSize(9);
	}

	@Property(tries = 200)
	void namesAddressesAndEmailsAreAccepted(@ForAll long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		String last = FakeIdentities.pick(random, FakeIdentities.LAST_NAMES);
		String first = FakeIdentities.pick(random, FakeIdentities.FEMALE_FIRST_NAMES);
		assertThatNoException().isThrownBy(() -> PersonName.of(Civility.MME, last, first));
		assertThat(NameKey.of(last).value()).isNotEmpty();
		assertThatNoException().isThrownBy(() -> EmailAddress.of(FakeIdentities.email(first, last, seed & 0xFFFFFF)));
		FakeIdentities.Town town = FakeIdentities.TOWNS.get(random.nextInt(FakeIdentities.TOWNS.size()));
		assertThatNoException().isThrownBy(() -> PostalCode.of(town.postalCode()));
	}

	@Property(tries = 50)
	void birthDatesStayWithinTheAges(@ForAll long seed) {
		LocalDate birth = FakeIdentities.birthDate(new SplittableRandom(seed), TODAY, 18, 85);
		assertThat(birth).isAfter(TODAY.minusYears(86)).isBeforeOrEqualTo(TODAY.minusYears(18));
	}

	@org.junit.jupiter.api.Test
	void nirsAreUniquePerSerial() {
		Set<String> seen = new HashSet<>();
		for (long serial = 0; serial < 300_000; serial += 3) {
			assertThat(seen.add(FakeIdentities.nir(serial, Civility.M, TODAY.minusYears(40)).normalised())).isTrue();
		}
	}

}
