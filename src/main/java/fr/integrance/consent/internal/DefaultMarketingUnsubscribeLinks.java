package fr.integrance.consent.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.ConsentState;
import fr.integrance.consent.Decision;
import fr.integrance.consent.MarketingUnsubscribeLinks;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.platform.MutualProperties;
import fr.integrance.privacy.DataSubjectRef;

/**
 * Unsubscribe tokens: 256 random bits, base64url (43 characters), stored as their
 * SHA-256. One token per e-mail sent, so that a forwarded e-mail exposes only that one
 * link; a token never expires, as an unsubscribe link must keep working for as long as
 * the e-mail may be read.
 */
@Component
@Transactional
@RequiredArgsConstructor
class DefaultMarketingUnsubscribeLinks implements MarketingUnsubscribeLinks {

	static final String PATH = "/desinscription/";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EntityManager entityManager;

	private final JpaConsentManagement consents;

	private final MutualProperties mutual;

	private final Clock clock;

	@Override
	public URI linkFor(DataSubjectRef subject) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		entityManager.persist(new UnsubscribeTokenEntity(hash(token), subject.journalRef(), clock.instant()));
		String site = mutual.website() == null ? "" : mutual.website().replaceAll("/+$", "");
		return URI.create(site + PATH + token);
	}

	@Override
	@Transactional(readOnly = true)
	public Status status(String token) {
		String subject = subjectOf(token);
		if (subject == null) {
			return Status.INVALID;
		}
		ConsentState state = consents.currentState(subject).get(ConsentPurposes.MARKETING);
		boolean stopped = state != null
				&& (state.decision() == Decision.WITHDRAWN || state.decision() == Decision.REFUSED);
		return stopped ? Status.UNSUBSCRIBED : Status.SUBSCRIBED;
	}

	@Override
	public Status unsubscribe(String token, RequestOrigin origin) {
		String subject = subjectOf(token);
		if (subject == null) {
			return Status.INVALID;
		}
		consents.withdraw(subject, List.of(ConsentPurposes.MARKETING), ConsentMethod.UNSUBSCRIBE_LINK, origin);
		return Status.UNSUBSCRIBED;
	}

	/** The stored reference of the subject the token names, or null. */
	private @Nullable String subjectOf(@Nullable String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return null;
		}
		UnsubscribeTokenEntity entity = entityManager.find(UnsubscribeTokenEntity.class, hash(token));
		return entity == null ? null : entity.subjectRef();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
