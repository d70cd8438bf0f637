package fr.integrance.documents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.documents.DocumentViews.DueNotice;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.SpaceRecipients;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;

/**
 * Sends the alerts and reminders that are due (their date on or before today in Paris),
 * on one node at a time (ShedLock): for each document, kind and date, one French e-mail
 * through the outbox to each of the space's recipients ({@link SpaceRecipients}), and a
 * row that says it was sent, in the same transaction, so that it is sent once; a changed
 * date is due again. A restricted space sends nothing. {@link ReminderSchedule} triggers
 * it; tests call it.
 */
@Component
class ReminderJob {

	static final String LOCK = "documents.reminders";

	private static final int BATCH = 200;

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final DocumentRepository documents;

	private final SpaceRepository spaces;

	private final ReminderSentRepository sent;

	private final ObjectProvider<SpaceRecipients> recipients;

	private final MailOutbox outbox;

	private final DocumentJournal journal;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReminderJob(DocumentRepository documents, SpaceRepository spaces, ReminderSentRepository sent,
			ObjectProvider<SpaceRecipients> recipients, MailOutbox outbox, DocumentJournal journal,
			TransactionTemplate transactions, Clock clock) {
		this.documents = documents;
		this.spaces = spaces;
		this.sent = sent;
		this.recipients = recipients;
		this.outbox = outbox;
		this.journal = journal;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * What one run did.
	 *
	 * @param sent how many alerts and reminders were sent (each to every recipient of its
	 * space)
	 */
	record Sent(int sent) {
	}

	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	public Sent sendDue() {
		LocalDate today = FrenchDates.today(clock);
		int count = 0;
		int failed = 0;
		for (DueNotice.Kind kind : DueNotice.Kind.values()) {
			List<DocumentEntity> batch;
			int progressed;
			do {
				batch = kind == DueNotice.Kind.ALERT ? documents.alertsDue(today, PageRequest.of(0, BATCH))
						: documents.remindersDue(today, PageRequest.of(0, BATCH));
				progressed = 0;
				for (DocumentEntity document : batch) {
					// One document that cannot be sent (its recipients cannot be read)
					// does not hold back the others; it is tried again at the next run.
					try {
						Boolean done = transactions.execute(status -> send(document.id(), kind, today));
						if (Boolean.TRUE.equals(done)) {
							count++;
							progressed++;
						}
					}
					catch (RuntimeException ex) {
						failed++;
						log.warn("Document {} {} not sent ({}): tried again at the next run", document.id(), kind,
								ex.getClass().getSimpleName());
					}
				}
			}
			// a full batch where nothing could be sent: only failures are left
			while (batch.size() == BATCH && progressed > 0);
		}
		if (count > 0 || failed > 0) {
			log.info("Document reminders: {} sent, {} failed", count, failed);
		}
		return new Sent(count);
	}

	/**
	 * Sends one document's alert or reminder, if still due and not sent (another node, or
	 * a change of date, may have come first).
	 */
	private boolean send(UUID documentId, DueNotice.Kind kind, LocalDate today) {
		DocumentEntity document = documents.findById(documentId).orElse(null);
		if (document == null) {
			return false;
		}
		LocalDate date = kind == DueNotice.Kind.ALERT ? document.alertDate() : document.reminderDate();
		if (date == null || date.isAfter(today) || sent.existsByDocumentIdAndKindAndDueDate(documentId, kind, date)) {
			return false;
		}
		@Nullable SpaceEntity space = spaces.findById(document.spaceId()).orElse(null);
		if (space == null || space.isRestricted()) {
			return false;
		}
		SpaceOwner owner = space.owner();
		String prefix = kind == DueNotice.Kind.ALERT ? "documents.mail.alert" : "documents.mail.reminder";
		for (EmailAddress to : recipientsOf(owner)) {
			outbox.enqueue(OutgoingMail.notice(to, prefix + ".subject", null,
					MailText.of(prefix + ".body", document.title(), FRENCH_DATE.format(date)),
					MailText.of("documents.mail.footer")));
		}
		sent.saveAndFlush(new ReminderSentEntity(UUID.randomUUID(), documentId, kind, date, clock.instant()));
		journal.recordBySystem(DocumentJournal.REMINDER_SENT, owner, DocumentJournal.documentRef(documentId));
		return true;
	}

	private Set<EmailAddress> recipientsOf(SpaceOwner owner) {
		Set<EmailAddress> all = new LinkedHashSet<>();
		recipients.orderedStream().forEach(source -> all.addAll(source.recipientsOf(owner)));
		return all;
	}

}
