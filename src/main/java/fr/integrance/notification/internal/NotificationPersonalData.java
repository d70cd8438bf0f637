package fr.integrance.notification.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;

/**
 * The notification module's rows of an {@link DataSubjectRef.Kind#EMAIL}: the mails of
 * the outbox to that address (compared without case), exported decrypted.
 * <p>
 * An erasure deletes the mails sent or given up; a mail still to be sent is left until it
 * leaves (it may be the answer to the very request being fulfilled), after which the
 * outbox's own retention empties and deletes it. Outbox rows are only stored until sent
 * and purged, never otherwise processed: they embed no restriction state.
 */
@Component
@RequiredArgsConstructor
class NotificationPersonalData implements PersonalDataRows {

	private final EntityManager entityManager;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		return address(subject).map(address -> entityManager
			.createQuery("select m from OutboxMail m where lower(m.recipient) = lower(:recipient)"
					+ " order by m.createdAt, m.id", OutboxMail.class)
			.setParameter("recipient", address.value())
			.getResultStream()
			.map(mail -> mail.finished() ? PersonalRow.erasable(mail, () -> entityManager.remove(mail))
					: PersonalRow.deferred(mail))
			.toList()).orElse(List.of());
	}

	private static Optional<EmailAddress> address(DataSubjectRef subject) {
		if (subject.kind() != DataSubjectRef.Kind.EMAIL) {
			return Optional.empty();
		}
		try {
			return Optional.of(EmailAddress.of(subject.id()));
		}
		catch (InvalidValueException ex) {
			return Optional.empty();
		}
	}

}
