package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The forms' phone numbers go through the platform's PhoneNumber (libphonenumber).
 */
class PhoneNumberFieldTests {

	record Form(@PhoneNumberField String phone) {
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
		assertThat(validator.validate(new Form(phone))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "061234567", "06123456789", "00 12 34 56 78", "06 12 34 56 7a", "tel", "12345" })
	void refusesOthersWithThePlatformMessage(String phone) {
		Set<ConstraintViolation<Form>> violations = validator.validate(new Form(phone));
		assertThat(violations).singleElement()
			.satisfies(violation -> assertThat(violation.getMessageTemplate()).isEqualTo("{phone.invalid}"));
	}

	@Test
	void blankIsLeftToNotBlank() {
		assertThat(validator.validate(new Form(null))).isEmpty();
		assertThat(validator.validate(new Form(""))).isEmpty();
	}

}
