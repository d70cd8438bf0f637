/**
 * Notification: e-mails to members, employers, guardians and staff, sent through a
 * transactional outbox ({@link fr.integrance.notification.MailOutbox}) so that a mail
 * goes out if and only if the business change that causes it commits, even when the SMTP
 * server or the application is down at that moment. In-app notices and reminder delivery
 * will join it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = { "platform" })
package fr.integrance.notification;
