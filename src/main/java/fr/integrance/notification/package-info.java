/**
 * Notification: e-mails to members, employers, guardians and staff, sent through a
 * transactional outbox ({@link fr.integrance.notification.MailOutbox}) so that a mail
 * goes out if and only if the business change that causes it commits, even when the SMTP
 * server or the application is down at that moment. In-app notices and reminder delivery
 * will join it. Its {@code PersonalDataRows} gives the outbox's mails to an address to
 * the privacy kernel (access, erasure).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "platform", "privacy" })
@org.jspecify.annotations.NullMarked
package fr.integrance.notification;
