package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ValueOf}: a form's text goes through the value object's own parser, so that the
 * form and the domain refuse the same texts, with the value object's message unless the
 * form gives its own.
 */
class ValueOfTests {

	record Form(@ValueOf(PhoneNumber.class) String phone, @ValueOf(EmailAddress.class) String email,
			@ValueOf(value = PersonName.class, parser = "part", message = "{form.own}") String name,
			@ValueOf(Nir.class) String nir, @ValueOf(PostalCode.class) String postalCode) {

		static Form phone(String phone) {
			return new Form(phone, null, null, null, null);
		}

		static Form email(String email) {
			return new Form(null, email, null, null, null);
		}

		static Form name(String name) {
			return new Form(null, null, name, null, null);
		}

	}

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void start() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0612345678", "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78",
			"0033 1 23 45 67 89", "01 23 45 67 89", "0590 12 34 56", "+44 20 7946 0958", "+49 30 901820" })
	void acceptsFrenchNumbersAndForeignOnesWithTheirCountryCode(String phone) {
		assertThat(validator.validate(Form.phone(phone))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "061234567", "06123456789", "00 12 34 56 78", "06 12 34 56 7a", "tel", "12345" })
	void refusesOtherPhonesWithThePlatformMessage(String phone) {
		assertThat(messages(Form.phone(phone))).containsExactly("{phone.invalid}");
	}

	/**
	 * What the form's regular expression let through and the domain then refused: a 500.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "a@b.c", "x@y.z1", "a@b", "a..b@example.fr", "a@-b.fr", "\u0000@example.fr" })
	void refusesAddressesTheValueObjectRefuses(String email) {
		assertThatThrownBy(() -> EmailAddress.of(email)).isInstanceOf(InvalidValueException.class);
		assertThat(messages(Form.email(email))).containsExactly("{email.invalid}");
	}

	@Test
	void refusesAnOverlongAddressWithoutFailing() {
		assertThat(messages(Form.email("a".repeat(100_000) + "@example.fr"))).containsExactly("{email.invalid}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dupont", "Le Floc’h", "O'Neil", "Jean-Pierre", "de La Tour d’Auvergne", "Éléonore", "Zoë",
			"Nguyễn", "Müller-Lüdenscheidt" })
	void acceptsNamesAsPeopleWriteThem(String name) {
		assertThat(validator.validate(Form.name(name))).isEmpty();
		assertThat(PersonName.of(Civility.MME, name, name).lastName()).isEqualTo(PersonName.part(name));
	}

	@ParameterizedTest
	@ValueSource(strings = { "R2D2", "<script>", "Dupont;", "-Dupont", "Dupont-", "Jean  --  Pierre!", "'", "a@b",
			"Dupont\u202E", "Du\u0000pont" })
	void refusesNamesWithTheFormsOwnMessage(String name) {
		assertThat(messages(Form.name(name))).containsExactly("{form.own}");
	}

	@Test
	void refusesNamesLongerThanOneHundredCharacters() {
		assertThat(validator.validate(Form.name("A".repeat(100)))).isEmpty();
		assertThat(messages(Form.name("A".repeat(101)))).containsExactly("{form.own}");
	}

	@Test
	void eachValueObjectGivesItsOwnMessage() {
		assertThat(messages(new Form(null, null, null, "253072C07300443", "7500")))
			.containsExactlyInAnyOrder("{nir.invalid}", "{postal-code.invalid}");
		assertThat(validator.validate(new Form(null, null, null, "253072B07300470", "75001"))).isEmpty();
	}

	@Test
	void blankIsLeftToNotBlank() {
		assertThat(validator.validate(new Form(null, null, null, null, null))).isEmpty();
		assertThat(validator.validate(new Form("", " ", "", "\t", ""))).isEmpty();
	}

	@Test
	void aTypeWithoutAStringParserIsAMistakeOfTheForm() {
		assertThatThrownBy(() -> ValueOf.Validator.parserOf(Civility.class, ""))
			.isInstanceOf(IllegalStateException.class);
	}

	private Set<String> messages(Form form) {
		return validator.validate(form)
			.stream()
			.map(ConstraintViolation::getMessageTemplate)
			.collect(java.util.stream.Collectors.toSet());
	}

}
