package fr.integrance.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of member activation (issue 6).
 *
 * @param linkValidity how long the e-mailed link works (24 hours: the member may read the
 * mail later the same day)
 * @param maxFailuresPerMemberNumber failed attempts for one member number within
 * {@code memberNumberWindow} before any attempt for it is refused (5 in 15 minutes:
 * someone who mistypes gets several tries, a guesser of birth dates gets 480 a day at
 * most)
 * @param maxFailuresPerClientAddress failed attempts from one client address within
 * {@code clientAddressWindow} (20 in an hour: a family or an office behind one address is
 * not stopped, a script trying many numbers is)
 * @param maxDailyFailuresPerMemberNumber failed attempts for one member number within
 * {@code memberNumberDailyWindow}, on top of the short window (10 in 24 hours: the short
 * window alone lets a patient guesser of birth dates try 480 a day, from many addresses)
 * @param maxFailuresOverall failed attempts from all addresses together within
 * {@code clientAddressWindow} before every attempt is refused for a while (200 in an
 * hour, issue 11: a guesser who changes address at each try is stopped too; the mutual's
 * members see the activation page refuse for less than an hour at worst)
 */
@ConfigurationProperties("app.identity.activation")
record ActivationProperties(Duration linkValidity, int maxFailuresPerMemberNumber, Duration memberNumberWindow,
		int maxFailuresPerClientAddress, Duration clientAddressWindow, int maxDailyFailuresPerMemberNumber,
		Duration memberNumberDailyWindow, int maxFailuresOverall) {

	public ActivationProperties {
		linkValidity = linkValidity == null ? Duration.ofHours(24) : linkValidity;
		maxFailuresPerMemberNumber = maxFailuresPerMemberNumber <= 0 ? 5 : maxFailuresPerMemberNumber;
		memberNumberWindow = memberNumberWindow == null ? Duration.ofMinutes(15) : memberNumberWindow;
		maxFailuresPerClientAddress = maxFailuresPerClientAddress <= 0 ? 20 : maxFailuresPerClientAddress;
		clientAddressWindow = clientAddressWindow == null ? Duration.ofHours(1) : clientAddressWindow;
		maxDailyFailuresPerMemberNumber = maxDailyFailuresPerMemberNumber <= 0 ? 10 : maxDailyFailuresPerMemberNumber;
		memberNumberDailyWindow = memberNumberDailyWindow == null ? Duration.ofHours(24) : memberNumberDailyWindow;
		maxFailuresOverall = maxFailuresOverall <= 0 ? 200 : maxFailuresOverall;
	}

	/** The longest window: older failures count for nothing and are deleted. */
	Duration longestWindow() {
		Duration longest = memberNumberWindow.compareTo(clientAddressWindow) >= 0 ? memberNumberWindow
				: clientAddressWindow;
		return longest.compareTo(memberNumberDailyWindow) >= 0 ? longest : memberNumberDailyWindow;
	}
}
