package fr.integrance.dpo;

import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.integrance.audit.AuditJournalBroken;
import fr.integrance.audit.VerificationReport;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;
import fr.integrance.privacy.ProcessingRegister;

/**
 * Alerts the DPO, at the address of the processing register, when the audit journal is
 * found broken: a mail through the outbox naming the first bad entry and what is wrong,
 * with the way to the console.
 */
@Component
@RequiredArgsConstructor
class JournalBreakAlert {

	static final String SUBJECT = "audit.mail.broken.subject";

	private final MailOutbox outbox;

	private final ProcessingRegister register;

	@EventListener
	void on(AuditJournalBroken event) {
		VerificationReport report = event.check().report();
		EmailAddress dpo = EmailAddress.of(register.current().dpo().email());
		outbox.enqueue(
				OutgoingMail
					.notice(dpo, SUBJECT, null,
							MailText.of("audit.mail.broken.where", report.firstBrokenSequence(),
									report.entriesChecked()),
							MailText.of("audit.reason." + report.reason()), MailText.of("audit.mail.broken.then"))
					.withSubjectArguments(report.firstBrokenSequence()));
	}

}
