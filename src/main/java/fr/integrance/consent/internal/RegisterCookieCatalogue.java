package fr.integrance.consent.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.consent.CookieCatalogue;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The cookie catalogue read from the register in force (nothing about cookies is
 * hard-coded).
 */
@Component
@RequiredArgsConstructor
class RegisterCookieCatalogue implements CookieCatalogue {

	private final ProcessingRegister register;

	@Override
	public List<PurposeCookies> purposes() {
		Register current = register.current();
		return current.cookiePurposes().stream().map(purpose -> {
			List<Register.Cookie> cookies = current.cookies()
				.stream()
				.filter(cookie -> purpose.id().equals(cookie.purpose()))
				.toList();
			return new PurposeCookies(purpose, cookies.stream().filter(cookie -> !cookie.exempt()).toList(),
					cookies.stream().filter(Register.Cookie::exempt).toList());
		}).toList();
	}

	@Override
	public List<String> consentPurposeIds() {
		return purposes().stream().filter(PurposeCookies::requiresConsent).map(PurposeCookies::id).toList();
	}

	@Override
	public Optional<PurposeCookies> purpose(String purposeId) {
		return purposes().stream().filter(purpose -> purpose.id().equals(purposeId)).findFirst();
	}

	@Override
	public List<String> exemptCookieNames() {
		return register.current()
			.cookies()
			.stream()
			.filter(Register.Cookie::exempt)
			.map(Register.Cookie::name)
			.toList();
	}

}
