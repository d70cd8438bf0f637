package fr.integrance.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.notification.MailId;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailRecord;
import fr.integrance.notification.MailStatus;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The notification module's part of access and erasure: the e-mails of the outbox sent to
 * an {@link DataSubjectRef.Kind#EMAIL}. It lives here because notification is a platform
 * module that depends on nothing but {@code platform} (DESIGN.md §3), while rights may
 * depend on both notification and privacy; notification offers {@link MailOutbox#records}
 * and {@link MailOutbox#forget} for it, and the records stay the notification module's
 * ({@link #module()}).
 * <p>
 * An erasure deletes the mails sent or given up; a mail still to be sent is kept until it
 * leaves (it may be the answer to the very request being fulfilled), after which the
 * outbox's own retention empties and deletes it. Outbox rows are only stored until sent
 * and purged, never otherwise processed: a restriction changes nothing.
 */
@Component
@Transactional
class NotificationPersonalData implements PersonalDataProvider {

	static final String MODULE = "notification";

	static final String ON_ITS_WAY = "envoi en cours : effacé par la rétention de la file d’envoi";

	private final MailOutbox outbox;

	NotificationPersonalData(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExportSection> export(DataSubjectRef subject) {
		List<MailRecord> mails = address(subject).map(outbox::records).orElse(List.of());
		if (mails.isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> recipients = new ArrayList<>();
		List<Map<String, Object>> documents = new ArrayList<>();
		for (MailRecord mail : mails) {
			Map<String, Object> recipient = new LinkedHashMap<>();
			recipient.put("mail", mail.id().toString());
			recipient.put("recipient", mail.recipient());
			recipients.add(recipient);
			Map<String, Object> content = new LinkedHashMap<>();
			content.put("mail", mail.id().toString());
			content.put("template", mail.template());
			content.put("status", mail.status().name());
			content.put("createdAt", mail.createdAt());
			content.put("sentAt", mail.sentAt());
			content.put("subject", mail.subject());
			content.put("text", mail.text());
			documents.add(content);
		}
		return List.of(new ExportSection(MODULE, "identification", recipients),
				new ExportSection(MODULE, "documents", documents));
	}

	@Override
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		Optional<EmailAddress> address = address(subject);
		if (address.isEmpty()) {
			return List.of();
		}
		List<ErasureOutcome> outcomes = new ArrayList<>();
		for (MailId id : outbox.forget(address.get())) {
			outcomes.add(ErasureOutcome.erased(MODULE, "notification_mail_outbox#" + id));
		}
		for (MailRecord mail : outbox.records(address.get())) {
			if (mail.status() == MailStatus.PENDING || mail.status() == MailStatus.SENDING) {
				outcomes.add(ErasureOutcome.kept(MODULE, "notification_mail_outbox#" + mail.id(), ON_ITS_WAY, null));
			}
		}
		return outcomes;
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		return new RestrictionOutcome(MODULE, 0);
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		return new RestrictionOutcome(MODULE, 0);
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
