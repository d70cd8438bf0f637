package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** Phone numbers, e-mail addresses, postal codes and addresses. */
class ContactValueTests {

	@Test
	void readsAFrenchNumberWithoutCountryCodeAndStoresE164() {
		PhoneNumber phone = PhoneNumber.parse("06 12 34 56 78");

		assertThat(phone.e164()).isEqualTo("+33612345678");
		assertThat(phone.national()).isEqualTo("06 12 34 56 78");
		assertThat(phone.international()).isEqualTo("+33 6 12 34 56 78");
		assertThat(phone.display()).isEqualTo("06 12 34 56 78");
		assertThat(phone.isMobile()).isTrue();
		assertThat(PhoneNumber.parse(phone.e164())).isEqualTo(phone);
		assertThat(PhoneNumber.parse("+33 1 42 68 53 00").isMobile()).isFalse();
	}

	@Test
	void readsOverseasFrenchNumbersDialledWithALeadingZero() {
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		String guadeloupe = util.format(util.getExampleNumber("GP"), PhoneNumberFormat.NATIONAL);
		String reunion = util.format(util.getExampleNumber("RE"), PhoneNumberFormat.NATIONAL);

		assertThat(PhoneNumber.parse(guadeloupe).regionCode()).isEqualTo("GP");
		assertThat(PhoneNumber.parse(reunion).regionCode()).isEqualTo("RE");
		assertThat(PhoneNumber.parse(reunion).display()).isEqualTo(reunion);
	}

	@Test
	void readsForeignNumbersWithTheirCountryCodeOrRegion() {
		assertThat(PhoneNumber.parse("+32 2 555 12 12").regionCode()).isEqualTo("BE");
		assertThat(PhoneNumber.parse("02 555 12 12", "be").e164()).isEqualTo("+3225551212");
		assertThat(PhoneNumber.parse("+32 2 555 12 12").display()).isEqualTo("+32 2 555 12 12");
	}

	@ParameterizedTest
	@ValueSource(strings = { "06 12 34", "00 00 00 00 00", "bonjour", "+33 6 12 34 56 78 90 12" })
	void rejectsNumbersThatCannotBeDialled(String input) {
		assertThatThrownBy(() -> PhoneNumber.parse(input)).hasMessage("phone.invalid");
	}

	@Test
	void readsBackAStoredNumberAsTheCheckedOneForEveryRegionsExample() {
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		assertThat(util.getSupportedRegions()).hasSizeGreaterThan(200).allSatisfy(region -> {
			var example = util.getExampleNumber(region);
			if (example == null) {
				return;
			}
			PhoneNumber checked = PhoneNumber.parse(util.format(example, PhoneNumberFormat.E164));
			PhoneNumber stored = PhoneNumber.stored(checked.e164());
			assertThat(stored).as(region).isEqualTo(checked);
			assertThat(stored.display()).as(region).isEqualTo(checked.display());
			assertThat(stored.regionCode()).as(region).isEqualTo(checked.regionCode());
			assertThat(stored.isMobile()).as(region).isEqualTo(checked.isMobile());
			assertThat(stored.toString()).as(region).isEqualTo(checked.toString());
		});
	}

	@Test
	void readsAStoredFormThatIsNotE164AsTypedAndRefusesWhatIsNoNumber() throws Exception {
		assertThat(PhoneNumber.stored("06 12 34 56 78")).isEqualTo(PhoneNumber.parse("06 12 34 56 78"));
		assertThatThrownBy(() -> PhoneNumber.stored("+ABC")).hasMessage("phone.invalid");
		assertThat(PhoneNumberUtil.getInstance().getRegionCodeForNumber(unclaimed())).isNull();
		assertThatThrownBy(() -> PhoneNumber.stored("+1 000 555 0100")).hasMessage("phone.invalid");
		assertThatThrownBy(() -> PhoneNumber.stored("06 12")).hasMessage("phone.invalid");
		assertThatThrownBy(() -> PhoneNumber.stored(" ")).hasMessage("phone.required");
		assertThatThrownBy(() -> PhoneNumber.stored(null)).hasMessage("phone.required");
	}

	/**
	 * A North American number in no region's plan: it parses, and no region claims it.
	 */
	private static com.google.i18n.phonenumbers.Phonenumber.PhoneNumber unclaimed() throws Exception {
		return PhoneNumberUtil.getInstance().parse("+1 000 555 0100", "FR");
	}

	@Test
	void masksThePhoneNumberInToString() {
		PhoneNumber phone = PhoneNumber.parse("06 12 34 56 78");

		assertThat(phone.toString()).isEqualTo("+33*******78").doesNotContain("612345678").doesNotContain("12 34");
	}

	@Test
	void lowerCasesTheDomainOfAnEmailAndKeepsTheMailbox() {
		EmailAddress email = EmailAddress.of("  Jean.Dupont+mutuelle@Example.ORG ");

		assertThat(email.value()).isEqualTo("Jean.Dupont+mutuelle@example.org");
		assertThat(email.localPart()).isEqualTo("Jean.Dupont+mutuelle");
		assertThat(email.domain()).isEqualTo("example.org");
		assertThat(EmailAddress.of("jean@exämple.fr").domain()).isEqualTo("exämple.fr");
		assertThat(EmailAddress.of("jean@EXAMPLE.org")).isEqualTo(EmailAddress.of("jean@example.org"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "jean", "jean@", "@example.org", "jean@@example.org", "jean@exa@mple.org", "jean@example",
			"jean..dupont@example.org", ".jean@example.org", "jean.@example.org", "jean@-example.org",
			"jean@example..org", "jean dupont@example.org", "jean@example.org\r\nBcc: x@example.org",
			"élodie@example.org", "jean@example.1" })
	void rejectsMalformedEmails(String input) {
		assertThatThrownBy(() -> EmailAddress.of(input)).isInstanceOf(InvalidValueException.class)
			.hasMessage("email.invalid");
	}

	@Test
	void rejectsEmailsLongerThanTheSmtpLimit() {
		// 3 labels of 63 letters and a 57-letter one before ".fr": a valid 252-character
		// domain
		String domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".fr";

		assertThat(EmailAddress.of("j@" + domain).value()).hasSize(254);
		assertThatThrownBy(() -> EmailAddress.of("jj@" + domain)).hasMessage("email.invalid");
		assertThat(EmailAddress.of("a".repeat(64) + "@example.org").localPart()).hasSize(64);
		assertThatThrownBy(() -> EmailAddress.of("a".repeat(65) + "@example.org")).hasMessage("email.invalid");
	}

	@Test
	void masksTheEmailInToString() {
		EmailAddress email = EmailAddress.of("jean.dupont@dupont-famille.fr");

		assertThat(email.toString()).isEqualTo("j***@d***.fr").doesNotContain("dupont");
	}

	@Test
	void acceptsFiveDigitPostalCodesOnly() {
		assertThat(PostalCode.of(" 75008 ").value()).isEqualTo("75008");
		assertThat(PostalCode.of("20000").value()).isEqualTo("20000");
		assertThat(PostalCode.of("97400").value()).isEqualTo("97400");
		assertThatThrownBy(() -> PostalCode.of("7500")).hasMessage("postal-code.invalid");
		assertThatThrownBy(() -> PostalCode.of("2A000")).hasMessage("postal-code.invalid");
		assertThatThrownBy(() -> PostalCode.of("750080")).hasMessage("postal-code.invalid");
		assertThatThrownBy(() -> PostalCode.of("")).hasMessage("postal-code.required");
	}

	@Test
	void buildsAFrenchAddressByDefaultAndTidiesItsLines() {
		PostalAddress address = PostalAddress.of(List.of("  Bâtiment B ", "", "12   rue de la Paix"), "75002", "Paris",
				null);

		assertThat(address.lines()).containsExactly("Bâtiment B", "12 rue de la Paix");
		assertThat(address.country()).isEqualTo("FR");
		assertThat(address.frenchPostalCode()).contains(PostalCode.of("75002"));
		assertThat(address.toString()).doesNotContain("Paix").doesNotContain("Paris").contains("75002");
	}

	@Test
	void acceptsForeignAddressesWithTheirOwnPostalCodes() {
		PostalAddress address = PostalAddress.of(List.of("10 Downing Street"), "sw1a 2aa", "London", "gb");

		assertThat(address.postalCode()).isEqualTo("SW1A 2AA");
		assertThat(address.country()).isEqualTo("GB");
		assertThat(address.frenchPostalCode()).isEmpty();
		assertThat(PostalAddress.of(List.of("Main Street"), "", "Dublin", "IE").postalCode()).isEmpty();
	}

	@Test
	void rejectsIncompleteOrOversizedAddresses() {
		assertThatThrownBy(() -> PostalAddress.of(List.of(" "), "75002", "Paris", "FR"))
			.hasMessage("postal-address.lines.invalid");
		assertThatThrownBy(() -> PostalAddress.of(List.of("1", "2", "3", "4", "5"), "75002", "Paris", "FR"))
			.hasMessage("postal-address.lines.invalid");
		assertThatThrownBy(() -> PostalAddress.of(List.of("x".repeat(101)), "75002", "Paris", "FR"))
			.hasMessage("postal-address.lines.invalid");
		assertThatThrownBy(() -> PostalAddress.of(List.of("rue\u0000"), "75002", "Paris", "FR"))
			.hasMessage("postal-address.lines.invalid");
		assertThatThrownBy(() -> PostalAddress.of(List.of("1 rue"), "75002", " ", "FR"))
			.hasMessage("postal-address.city.invalid");
		assertThatThrownBy(() -> PostalAddress.of(List.of("1 rue"), "7500", "Paris", "FR"))
			.hasMessage("postal-code.invalid");
		assertThatThrownBy(() -> PostalAddress.of(List.of("1 rue"), "1000", "Bruxelles", "ZZ"))
			.hasMessage("postal-address.country.invalid");
		assertThatThrownBy(() -> PostalAddress.of(List.of("1 rue"), "10;00", "Bruxelles", "BE"))
			.hasMessage("postal-address.postal-code.invalid");
	}

}
