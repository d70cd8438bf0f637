package fr.integrance.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;

/**
 * Finds personal data in log lines: an e-mail address, a NIR (15 characters whose key
 * checks), an IBAN (whose check digits check, with or without spaces) or one of the
 * secrets given (the passwords a test typed). {@link #capture()} records every log event
 * of the JVM from then on, messages, arguments and stack traces alike, with the
 * application's own loggers at DEBUG.
 */
public final class LogLeaks {

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	/** 13 digits (Corsica: 2A/2B at the department) and a two-digit key. */
	private static final Pattern NIR = Pattern.compile(
			"(?<![0-9A-Za-z])[1-478][ .]?[0-9]{2}[ .]?[0-9]{2}[ .]?(?:[0-9]{2}|2[AaBb])[ .]?[0-9]{3}[ .]?[0-9]{3}[ .]?[0-9]{2}(?![0-9A-Za-z])");

	private static final Pattern IBAN = Pattern
		.compile("(?<![0-9A-Za-z])[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![0-9A-Za-z])");

	private LogLeaks() {
	}

	/**
	 * What in the text is personal data, each as "kind: where" (never the value itself).
	 */
	public static List<String> find(String text, Collection<String> secrets) {
		List<String> found = new ArrayList<>();
		Matcher email = EMAIL.matcher(text);
		while (email.find()) {
			found.add("e-mail address at " + email.start());
		}
		Matcher nir = NIR.matcher(text);
		while (nir.find()) {
			if (Nir.isValid(nir.group())) {
				found.add("NIR at " + nir.start());
			}
		}
		Matcher iban = IBAN.matcher(text);
		while (iban.find()) {
			try {
				Iban.parse(iban.group());
				found.add("IBAN at " + iban.start());
			}
			catch (IllegalArgumentException notAnIban) {
				// letters and digits that only look like one
			}
		}
		for (String secret : secrets) {
			if (!secret.isEmpty() && text.contains(secret)) {
				found.add("secret at " + text.indexOf(secret));
			}
		}
		return found;
	}

	/** Starts recording every log event; {@link Recording#finish()} ends it. */
	public static Recording capture() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		Recording recording = new Recording(context);
		recording.setContext(context);
		recording.start();
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(recording);
		return recording;
	}

	/** The log events recorded, as text: message, arguments, stack traces. */
	public static final class Recording extends AppenderBase<ILoggingEvent> {

		private final LoggerContext loggers;

		private final Logger application;

		private final Level applicationLevel;

		private final List<String> lines = new ArrayList<>();

		private Recording(LoggerContext loggers) {
			this.loggers = loggers;
			this.application = loggers.getLogger("fr.integrance");
			this.applicationLevel = application.getLevel();
			application.setLevel(Level.DEBUG);
		}

		@Override
		protected synchronized void append(ILoggingEvent event) {
			StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
				.append(event.getFormattedMessage());
			event.getMDCPropertyMap().forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
			for (IThrowableProxy error = event.getThrowableProxy(); error != null; error = error.getCause()) {
				line.append(" | ").append(error.getClassName()).append(": ").append(error.getMessage());
				for (StackTraceElementProxy frame : error.getStackTraceElementProxyArray()) {
					line.append(' ').append(frame.getSTEAsString());
				}
			}
			lines.add(line.toString());
		}

		/** Stops recording and gives the application's loggers their level back. */
		public synchronized List<String> finish() {
			loggers.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
			application.setLevel(applicationLevel);
			super.stop();
			return List.copyOf(lines);
		}

	}

}
