package fr.integrance.guardianspace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.contracts.RepresentationActivity;
import fr.integrance.contracts.RepresentationListing;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountStatus;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.Role;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Alerts an organisation's active agents {@value #FIRST} , {@value #SECOND} and
 * {@value #LAST} days before a protected adult's measure ends (today in France): one
 * e-mail per agent through the outbox, naming no one (the link leads to the adult's file,
 * behind the login). Each alert is recorded with the end date it was for, in the same
 * transaction as its mails: it is sent once, a run interrupted half-way resumes, and a
 * renewal (a new end date) starts the alerts again. A run that missed days sends only the
 * nearest threshold reached. Nothing needs doing the day after the end: the
 * organisation's access ends by itself (only representations valid today open a file).
 */
@Component
class MeasureLapseAlerts {

	static final String LOCK = "guardianspace.measure-lapse-alerts";

	static final int FIRST = 90;

	static final int SECOND = 30;

	static final int LAST = 7;

	private static final Logger log = LoggerFactory.getLogger(MeasureLapseAlerts.class);

	private final Representations representations;

	private final AccountManagement accounts;

	private final RepresentationActivity activity;

	private final MailOutbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String baseUrl;

	MeasureLapseAlerts(Representations representations, AccountManagement accounts, RepresentationActivity activity,
			MailOutbox outbox, TransactionTemplate transactions, Clock clock,
			@Value("${app.identity.base-url:http://localhost:8080}") String baseUrl) {
		this.representations = representations;
		this.accounts = accounts;
		this.activity = activity;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** Sends the alerts due today, under the cluster-wide lock. */
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	public void run() {
		sendDue();
	}

	/** Sends the alerts due today; returns how many measures were alerted. */
	int sendDue() {
		LocalDate today = FrenchDates.today(clock);
		List<RepresentationListing> ending = representations.endingBetween(today, today.plusDays(FIRST));
		int sent = 0;
		for (RepresentationListing listing : ending) {
			try {
				Boolean done = transactions.execute(status -> alert(listing, today));
				if (Boolean.TRUE.equals(done)) {
					sent++;
				}
			}
			catch (DataAccessException busy) {
				// another node, or a unique key already taken: the next run sees it
				log.warn("Measure lapse alerts: representation {} skipped this run ({})", listing.id(),
						busy.getClass().getSimpleName());
			}
		}
		if (sent > 0) {
			log.info("Measure lapse alerts: {} measure(s) alerted", sent);
		}
		return sent;
	}

	/** The threshold reached {@code daysLeft} days before the end. */
	static int threshold(long daysLeft) {
		return daysLeft <= LAST ? LAST : daysLeft <= SECOND ? SECOND : FIRST;
	}

	private boolean alert(RepresentationListing listing, LocalDate today) {
		LocalDate until = listing.validity().end().orElseThrow();
		long daysLeft = ChronoUnit.DAYS.between(today, until);
		int threshold = threshold(daysLeft);
		if (!activity.lapseAlerted(listing, until, threshold, clock.instant())) {
			return false;
		}
		String date = until.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
		String link = baseUrl + ProtectedAdultsController.path(listing.protectedAdult().value());
		for (AccountSummary account : accounts
			.organisationAccounts(new OrganisationId(listing.guardianOrganisation()))) {
			if (account.role() == Role.GUARDIAN_AGENT && account.status() == AccountStatus.ACTIVE) {
				outbox.enqueue(OutgoingMail
					.notice(EmailAddress.of(account.login()), "guardianadults.mail.lapse.subject", null,
							MailText.of("guardianadults.mail.lapse.intro", date, daysLeft),
							MailText.of("guardianadults.mail.lapse.renewal"),
							MailText.of("guardianadults.mail.lapse.end"))
					.withSubjectArguments(daysLeft)
					.with("actionUrl", link)
					.with("actionText", MailText.of("guardianadults.mail.lapse.link")));
			}
		}
		return true;
	}

}
