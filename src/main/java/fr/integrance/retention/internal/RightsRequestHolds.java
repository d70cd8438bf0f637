package fr.integrance.retention.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.integrance.retention.HoldReason;
import fr.integrance.rights.RightsDesk;
import fr.integrance.rights.RightsRequestClosed;
import fr.integrance.rights.RightsRequestId;
import fr.integrance.rights.RightsRequestInProgress;

/**
 * A rights request in progress holds its subject's clocks (reason
 * {@link HoldReason#RIGHTS_REQUEST}, « demande d’exercice de droits en cours »): the
 * answer to an access or erasure request must find the data the request was about, not
 * what a sweep left of them. The hold names the request and is lifted when the request is
 * answered or refused.
 */
@Component
@RequiredArgsConstructor
class RightsRequestHolds {

	private final JdbcRetentionHolds holds;

	private final RightsDesk desk;

	@ApplicationModuleListener
	void inProgress(RightsRequestInProgress event) {
		// The request may have been closed before this event was delivered: its closing
		// event then found no hold to lift, so none is placed.
		boolean open = desk.find(event.request()).map(view -> view.line().status().open()).orElse(false);
		if (open) {
			holds.placeFor(source(event.request()), event.subjectRef(), HoldReason.RIGHTS_REQUEST);
		}
	}

	@ApplicationModuleListener
	void closed(RightsRequestClosed event) {
		holds.liftFor(source(event.request()));
	}

	static String source(RightsRequestId request) {
		return "rights-request:" + request.value();
	}

}
