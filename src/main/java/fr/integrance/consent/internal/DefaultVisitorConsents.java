package fr.integrance.consent.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentRecord;
import fr.integrance.consent.ConsentState;
import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.consent.VisitorChoice;
import fr.integrance.consent.VisitorConsents;
import fr.integrance.privacy.DataSubjectRef;

@Component
@RequiredArgsConstructor
class DefaultVisitorConsents implements VisitorConsents {

	private final ChoiceCookieCodec codec;

	private final ConsentManagement consents;

	private final CookieCatalogue catalogue;

	private final ConsentSettings settings;

	private final Clock clock;

	@Override
	public Optional<VisitorChoice> read(String cookieValue) {
		return codec.decode(cookieValue);
	}

	@Override
	public Optional<VisitorChoice> current(String cookieValue) {
		Instant now = clock.instant();
		List<String> purposes = catalogue.consentPurposeIds();
		return read(cookieValue)
			.filter(choice -> JpaConsentManagement.expiresAt(choice.decidedAt(), settings.renewAfter()).isAfter(now))
			.filter(choice -> choice.choices().keySet().containsAll(purposes));
	}

	@Override
	@Transactional
	public VisitorChoice decide(Optional<VisitorChoice> previous, Map<String, Boolean> allowed, ConsentMethod method,
			RequestOrigin origin) {
		UUID visitorId = previous.map(VisitorChoice::visitorId).orElseGet(UUID::randomUUID);
		DataSubjectRef subject = DataSubjectRef.visitor(visitorId);
		Map<String, ConsentState> before = consents.currentState(subject);
		Map<String, Decision> decisions = new LinkedHashMap<>();
		Map<String, Boolean> choices = new LinkedHashMap<>();
		for (String purpose : catalogue.consentPurposeIds()) {
			boolean yes = Boolean.TRUE.equals(allowed.get(purpose));
			ConsentState was = before.get(purpose);
			Decision decision = yes ? Decision.GIVEN
					: was != null && was.allows() ? Decision.WITHDRAWN : Decision.REFUSED;
			decisions.put(purpose, decision);
			choices.put(purpose, yes);
		}
		List<ConsentRecord> records = consents.record(subject, decisions, method, origin);
		Instant decidedAt = records.isEmpty() ? clock.instant() : records.get(0).recordedAt();
		String noticeVersion = records.isEmpty() ? "" : records.get(0).noticeVersion();
		return new VisitorChoice(visitorId, noticeVersion, decidedAt, choices);
	}

	@Override
	public String encode(VisitorChoice choice) {
		return codec.encode(choice);
	}

	@Override
	public Period renewAfter() {
		return settings.renewAfter();
	}

	@Override
	public Duration cookieMaxAge() {
		ZonedDateTime now = ZonedDateTime.now(clock);
		return Duration.between(now, now.plus(settings.renewAfter()));
	}

}
