package fr.integrance.people.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.people.ContactChanges;
import fr.integrance.people.EmailChangeRequest;
import fr.integrance.people.EmailChanged;
import fr.integrance.people.InvalidEmailChangeLinkException;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.people.UnknownPersonException;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchCommunes;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;
import fr.integrance.privacy.DataSubjectRef;

/**
 * {@link ContactChanges} on the person row: each change and its journal entry in one
 * transaction, the entry recorded last (the journal's lock on its chain head is then held
 * for the shortest time).
 */
@Service
@Transactional
@RequiredArgsConstructor
class JournaledContactChanges implements ContactChanges {

	/** How long a confirmation link works. */
	static final Duration LINK_VALIDITY = Duration.ofHours(24);

	static final AuditAction ADDRESS_CHANGED = AuditAction.of("person.address-changed");

	static final AuditAction PHONE_CHANGED = AuditAction.of("person.phone-changed");

	static final AuditAction EMAIL_CHANGE_REQUESTED = AuditAction.of("person.email-change-requested");

	static final AuditAction EMAIL_CHANGE_CANCELLED = AuditAction.of("person.email-change-cancelled");

	static final AuditAction EMAIL_CHANGED = AuditAction.of("person.email-changed");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PersonRepository persons;

	private final AuditJournal journal;

	private final Clock clock;

	@Override
	public void changeAddress(PersonId person, PostalAddress address, AuditActor actor) {
		PersonEntity entity = changeable(person);
		address.frenchPostalCode().ifPresent(code -> FrenchCommunes.check(code, address.city()));
		entity.setAddress(address);
		journal(ADDRESS_CHANGED, person, actor);
	}

	@Override
	public void changePhone(PersonId person, @Nullable PhoneNumber phone, AuditActor actor) {
		changeable(person).setPhone(phone);
		journal(PHONE_CHANGED, person, actor);
	}

	@Override
	public EmailChangeRequest requestEmailChange(PersonId person, EmailAddress email, AuditActor actor) {
		PersonEntity entity = changeable(person);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = clock.instant().plus(LINK_VALIDITY);
		entity.requestEmailChange(email, hash(token), expiresAt);
		journal(EMAIL_CHANGE_REQUESTED, person, actor);
		return new EmailChangeRequest(token, email, entity.email(), expiresAt);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EmailAddress> pendingEmail(PersonId person) {
		return live(person).flatMap(entity -> Optional.ofNullable(entity.pendingEmail(null, clock.instant())));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EmailAddress> pendingEmail(PersonId person, String token) {
		return live(person).flatMap(entity -> Optional.ofNullable(entity.pendingEmail(hash(token), clock.instant())));
	}

	@Override
	public EmailChanged confirmEmailChange(PersonId person, String token, AuditActor actor) {
		PersonEntity entity = changeable(person);
		EmailAddress confirmed = entity.pendingEmail(hash(token), clock.instant());
		if (confirmed == null) {
			throw new InvalidEmailChangeLinkException();
		}
		EmailAddress previous = entity.email();
		entity.confirmPendingEmail(confirmed);
		journal(EMAIL_CHANGED, person, actor);
		return new EmailChanged(previous, confirmed);
	}

	@Override
	public void cancelEmailChange(PersonId person, AuditActor actor) {
		PersonEntity entity = changeable(person);
		if (entity.hasPendingEmail()) {
			entity.clearPendingEmail();
			journal(EMAIL_CHANGE_CANCELLED, person, actor);
		}
	}

	private PersonEntity changeable(PersonId person) {
		PersonEntity entity = live(person).orElseThrow(() -> new UnknownPersonException(person));
		if (entity.isRestricted()) {
			throw new PersonRestrictedException(person);
		}
		return entity;
	}

	private Optional<PersonEntity> live(PersonId person) {
		return persons.findById(person.value()).filter(entity -> !entity.isAnonymised());
	}

	private void journal(AuditAction action, PersonId person, AuditActor actor) {
		journal.record(AuditEvent.success(actor, action)
			.withSubject(DataSubjectRef.person(person.value()))
			.withObject("person:" + person.value())
			.withPurpose(PURPOSE));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}

}
