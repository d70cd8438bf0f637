package fr.integrance.notification.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.notification.MailDelivery;
import fr.integrance.notification.MailId;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.OutgoingMail;

/**
 * The outbox: renders at once, stores in the caller's transaction, leaves sending to the
 * dispatcher.
 */
@Service
@RequiredArgsConstructor
class DefaultMailOutbox implements MailOutbox {

	private final MailRenderer renderer;

	private final OutboxMails mails;

	private final Clock clock;

	@Override
	@Transactional
	public MailId enqueue(OutgoingMail mail) {
		// Microseconds: what both databases keep, so that the due time read back is the
		// one written.
		return mails.add(mail.to().value(), mail.template(), renderer.render(mail),
				clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MailDelivery> delivery(MailId id) {
		return mails.delivery(id);
	}

}
