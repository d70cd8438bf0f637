package fr.integrance.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
			.map(this::row)
			.toList()).orElse(List.of());
	}

	/**
	 * The mails of several subjects in one query; an address the database might lower
	 * otherwise than Java (not ASCII) one by one, as {@link #rows(DataSubjectRef)}.
	 */
	@Override
	public Map<DataSubjectRef, List<PersonalRow>> rowsOfEach(List<DataSubjectRef> subjects) {
		Map<DataSubjectRef, String> batched = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			address(subject).map(address -> address.value().toLowerCase(Locale.ROOT))
				.filter(address -> address.chars().allMatch(c -> c < 128))
				.ifPresent(address -> batched.put(subject, address));
		}
		Map<String, List<PersonalRow>> byAddress = new HashMap<>();
		if (!batched.isEmpty()) {
			entityManager
				.createQuery("select m from OutboxMail m where lower(m.recipient) in :recipients"
						+ " order by m.createdAt, m.id", OutboxMail.class)
				.setParameter("recipients", Set.copyOf(batched.values()))
				.getResultStream()
				.forEach(mail -> byAddress
					.computeIfAbsent(mail.recipient().toLowerCase(Locale.ROOT), a -> new ArrayList<>())
					.add(row(mail)));
		}
		Map<DataSubjectRef, List<PersonalRow>> rows = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			String address = batched.get(subject);
			rows.computeIfAbsent(subject,
					s -> address == null ? rows(s) : List.copyOf(byAddress.getOrDefault(address, List.of())));
		}
		return rows;
	}

	private PersonalRow row(OutboxMail mail) {
		return mail.finished() ? PersonalRow.erasable(mail, () -> entityManager.remove(mail))
				: PersonalRow.deferred(mail);
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
