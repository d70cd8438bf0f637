package fr.integrance.identity.internal;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mails of the identity module: invitations, password reset links, and a notice on every
 * credential change (RULES.md §4). They leave after the transaction commits, on a thread of their
 * own, so that a request takes the same time whether or not an e-mail goes (no enumeration of
 * accounts by timing on the reset form) and a rolled-back change sends nothing.
 * French, the mutual's language: the person's locale is not known when the e-mail leaves.
 */
@Component
public class IdentityMails implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IdentityMails.class);
	private static final Locale LOCALE = Locale.FRENCH;

	private final ObjectProvider<JavaMailSender> mailSender;
	private final MessageSource messages;
	private final IdentityProperties properties;
	private final String from;
	private final ExecutorService sending;

	IdentityMails(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, IdentityProperties properties,
			@Value("${app.mail.from:ne-pas-repondre@integrance.fr}") String from) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.properties = properties;
		this.from = from;
		AtomicInteger count = new AtomicInteger();
		this.sending = Executors.newFixedThreadPool(2, runnable -> {
			Thread thread = new Thread(runnable, "identity-mail-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	public void invitation(Account account, String token) {
		send(account, "identity.mail.invitation", link("/invitation/" + token),
				properties.links().invitationValidity().toDays());
	}

	public void passwordReset(Account account, String token) {
		send(account, "identity.mail.reset", link("/mot-de-passe-oublie/" + token),
				properties.links().passwordResetValidity().toMinutes());
	}

	public void passwordChanged(Account account) {
		send(account, "identity.mail.password-changed", link("/mot-de-passe-oublie"), null);
	}

	public void secondFactorEnrolled(Account account) {
		send(account, "identity.mail.totp-enrolled", link("/mot-de-passe-oublie"), null);
	}

	public void recoveryCodeUsed(Account account) {
		send(account, "identity.mail.recovery-code-used", link("/mot-de-passe-oublie"), null);
	}

	public void recoveryCodesRegenerated(Account account) {
		send(account, "identity.mail.recovery-codes-regenerated", link("/mot-de-passe-oublie"), null);
	}

	private String link(String path) {
		return properties.baseUrl() + path;
	}

	private void send(Account account, String key, String link, Object validity) {
		String to = account.login();
		String subject = messages.getMessage(key + ".subject", null, LOCALE);
		String body = messages.getMessage(key + ".body", new Object[] { account.displayName(), link, validity }, LOCALE)
				+ "\n\n" + messages.getMessage("identity.mail.signature", null, LOCALE);
		String accountId = account.id().toString();
		Runnable task = () -> deliver(accountId, to, subject, body);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sending.execute(task);
				}
			});
		}
		else {
			sending.execute(task);
		}
	}

	private void deliver(String accountId, String to, String subject, String body) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server configured: e-mail for account {} not sent", accountId);
			return;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
			sender.send(message);
		}
		catch (MessagingException | MailException e) {
			log.warn("E-mail for account {} not sent: {}", accountId, e.getClass().getSimpleName());
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		sending.shutdown();
		sending.awaitTermination(5, TimeUnit.SECONDS);
	}
}
