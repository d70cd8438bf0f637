package fr.integrance.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.documents.DocumentViews.DueNotice;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.SpaceRecipients;
import fr.integrance.notification.MailOutbox;
import fr.integrance.platform.EmailAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * One document whose recipients cannot be read (here: a representation that does not
 * decrypt) does not hold back the other reminders of the run, and the run ends.
 */
class ReminderJobFailureTests {

	final Clock clock = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);

	final DocumentRepository documents = mock(DocumentRepository.class);

	final SpaceRepository spaces = mock(SpaceRepository.class);

	final ReminderSentRepository sent = mock(ReminderSentRepository.class);

	final MailOutbox outbox = mock(MailOutbox.class);

	final TransactionTemplate transactions = mock(TransactionTemplate.class);

	@SuppressWarnings("unchecked")
	final ObjectProvider<SpaceRecipients> recipients = mock(ObjectProvider.class);

	final SpaceOwner unreadable = SpaceOwner.person(UUID.randomUUID());

	final SpaceOwner readable = SpaceOwner.person(UUID.randomUUID());

	@Test
	void aDocumentWhoseRecipientsCannotBeReadDoesNotHoldBackTheOthers() {
		when(transactions.execute(any()))
			.thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction(null));
		SpaceRecipients source = owner -> {
			if (owner.equals(unreadable)) {
				throw new IllegalStateException("Could not decrypt contract_representation.measure");
			}
			return List.of(EmailAddress.of("camille.martin@example.fr"));
		};
		when(recipients.orderedStream()).thenAnswer(call -> java.util.stream.Stream.of(source));
		DocumentEntity first = due(unreadable);
		DocumentEntity second = due(readable);
		when(documents.remindersDue(any(), any())).thenReturn(List.of(first, second));
		when(documents.alertsDue(any(), any())).thenReturn(List.of());
		ReminderJob job = new ReminderJob(documents, spaces, sent, recipients, outbox, mock(DocumentJournal.class),
				transactions, clock);

		ReminderJob.Sent run = job.sendDue();

		assertThat(run.sent()).isEqualTo(1);
		verify(outbox, times(1)).enqueue(any());
		verify(sent, times(1)).saveAndFlush(any());
	}

	private DocumentEntity due(SpaceOwner owner) {
		UUID documentId = UUID.randomUUID();
		UUID spaceId = UUID.randomUUID();
		DocumentEntity document = mock(DocumentEntity.class);
		when(document.id()).thenReturn(documentId);
		when(document.spaceId()).thenReturn(spaceId);
		when(document.title()).thenReturn("Attestation");
		when(document.reminderDate()).thenReturn(LocalDate.of(2026, 12, 5));
		when(documents.findById(documentId)).thenReturn(Optional.of(document));
		SpaceEntity space = mock(SpaceEntity.class);
		when(space.owner()).thenReturn(owner);
		when(spaces.findById(spaceId)).thenReturn(Optional.of(space));
		when(sent.existsByDocumentIdAndKindAndDueDate(eq(documentId), eq(DueNotice.Kind.REMINDER), any()))
			.thenReturn(false);
		return document;
	}

}
