package fr.integrance.notification.internal;

import java.io.InputStream;

import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * A mail sender that passes everything to another; tests override
 * {@link #send(MimeMessage)}.
 */
class DelegatingSender implements JavaMailSender {

	private final JavaMailSender delegate;

	DelegatingSender(JavaMailSender delegate) {
		this.delegate = delegate;
	}

	@Override
	public MimeMessage createMimeMessage() {
		return delegate.createMimeMessage();
	}

	@Override
	public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
		return delegate.createMimeMessage(contentStream);
	}

	@Override
	public void send(MimeMessage message) throws MailException {
		delegate.send(message);
	}

	@Override
	public void send(MimeMessage... messages) throws MailException {
		for (MimeMessage message : messages) {
			send(message);
		}
	}

	@Override
	public void send(SimpleMailMessage... messages) throws MailException {
		delegate.send(messages);
	}

}
