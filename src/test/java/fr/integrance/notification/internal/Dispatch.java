package fr.integrance.notification.internal;

import org.springframework.context.ApplicationContext;

/**
 * The notification module's test bridge to its package-private dispatcher, for its public
 * test fixture {@link fr.integrance.notification.OutboxDelivery}.
 */
public final class Dispatch {

	private Dispatch() {
	}

	/** Sends every due mail now; returns how many were sent. */
	public static int due(ApplicationContext context) {
		return context.getBean(MailDispatcher.class).dispatchDue();
	}

}
