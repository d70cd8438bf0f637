package fr.integrance.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import fr.integrance.people.PersonId;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.InvalidCaseTransitionException;
import fr.integrance.requests.ReasonRequiredException;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestStatus;

/**
 * The case's state machine (DESIGN.md §5): every move it allows keeps who, when and why;
 * every other move is refused and leaves the case as it was; the reasons that must be
 * given are.
 */
class RequestCaseWorkflowTests {

	static final UUID STAFF = UUID.randomUUID();
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	/** The staff actions, each aiming at one status. */
	enum Action {

		TAKE(RequestStatus.IN_REVIEW, (c, reason) -> c.take(STAFF, NOW)),
		ASK_SENDER(RequestStatus.WAITING_FOR_SENDER, (c, reason) -> c.askSender(STAFF, NOW, reason)),
		RESUME(RequestStatus.IN_REVIEW, (c, reason) -> c.resume(STAFF, NOW, reason)),
		ACCEPT(RequestStatus.ACCEPTED, (c, reason) -> c.accept(STAFF, NOW, reason)),
		REJECT(RequestStatus.REJECTED, (c, reason) -> c.reject(STAFF, NOW, reason));

		final RequestStatus target;

		final BiConsumer<RequestCase, String> run;

		Action(RequestStatus target, BiConsumer<RequestCase, String> run) {
			this.target = target;
			this.run = run;
		}

	}

	static RequestCase submitted() {
		return new RequestCase(UUID.randomUUID(), "DEM-2026-000001",
				CaseFixtures.subscription("minh@example.fr", java.util.List.of()), "website-subscription-requests",
				RequestChannel.WEBSITE, NOW.minusSeconds(3600));
	}

	/** A case brought to {@code status} by allowed moves. */
	static RequestCase in(RequestStatus status) {
		RequestCase c = submitted();
		switch (status) {
			case SUBMITTED -> {
			}
			case IN_REVIEW -> c.take(STAFF, NOW);
			case WAITING_FOR_SENDER -> {
				c.take(STAFF, NOW);
				c.askSender(STAFF, NOW, "Merci d’envoyer votre attestation de droits.");
			}
			case ACCEPTED -> {
				c.take(STAFF, NOW);
				c.accept(STAFF, NOW, null);
			}
			case REJECTED -> {
				c.take(STAFF, NOW);
				c.reject(STAFF, NOW, "Hors zone");
			}
		}
		assertThat(c.status()).isEqualTo(status);
		return c;
	}

	/**
	 * Which action is allowed from which status (taking a case already in review or
	 * waiting only reassigns it).
	 */
	static boolean allowed(RequestStatus from, Action action) {
		return switch (action) {
			case TAKE -> !from.isFinal();
			case RESUME -> from == RequestStatus.WAITING_FOR_SENDER;
			default -> from.canMoveTo(action.target);
		};
	}

	static Stream<Arguments> refusedMoves() {
		return Stream.of(RequestStatus.values())
			.flatMap(from -> Stream.of(Action.values()).filter(a -> !allowed(from, a)).map(a -> Arguments.of(from, a)));
	}

	static Stream<Arguments> allowedMoves() {
		return Stream.of(RequestStatus.values())
			.flatMap(from -> Stream.of(Action.values()).filter(a -> allowed(from, a)).map(a -> Arguments.of(from, a)));
	}

	@Test
	void theMachineIsTheDesignedOne() {
		assertThat(RequestStatus.SUBMITTED.next()).containsExactly(RequestStatus.IN_REVIEW);
		assertThat(RequestStatus.IN_REVIEW.next()).containsExactlyInAnyOrder(RequestStatus.WAITING_FOR_SENDER,
				RequestStatus.ACCEPTED, RequestStatus.REJECTED);
		assertThat(RequestStatus.WAITING_FOR_SENDER.next()).containsExactlyInAnyOrder(RequestStatus.IN_REVIEW,
				RequestStatus.REJECTED);
		assertThat(RequestStatus.ACCEPTED.isFinal()).isTrue();
		assertThat(RequestStatus.REJECTED.isFinal()).isTrue();
		assertThat(RequestStatus.OPEN).containsExactlyInAnyOrder(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW,
				RequestStatus.WAITING_FOR_SENDER);
	}

	@ParameterizedTest(name = "{1} from {0} is refused")
	@MethodSource("refusedMoves")
	void everyOtherMoveIsRefusedAndChangesNothing(RequestStatus from, Action action) {
		RequestCase c = in(from);
		int steps = c.transitions().size();
		UUID assignee = c.assigneeId();

		assertThatThrownBy(() -> action.run.accept(c, "un motif")).isInstanceOf(InvalidCaseTransitionException.class)
			.satisfies(e -> assertThat(((InvalidCaseTransitionException) e).from()).isEqualTo(from));
		assertThat(c.status()).isEqualTo(from);
		assertThat(c.transitions()).hasSize(steps);
		assertThat(c.assigneeId()).isEqualTo(assignee);
	}

	@ParameterizedTest(name = "{1} from {0} is allowed")
	@MethodSource("allowedMoves")
	void allowedMovesAreKeptWithWhoWhenAndWhy(RequestStatus from, Action action) {
		RequestCase c = in(from);
		int steps = c.transitions().size();

		action.run.accept(c, "un motif");

		if (action == Action.TAKE && from != RequestStatus.SUBMITTED) {
			assertThat(c.status()).isEqualTo(from); // only reassigned
			assertThat(c.transitions()).hasSize(steps);
			assertThat(c.assigneeId()).isEqualTo(STAFF);
			return;
		}
		assertThat(c.status()).isEqualTo(action.target);
		assertThat(c.transitions()).hasSize(steps + 1);
		CaseTransition last = c.transitions().get(steps);
		assertThat(last.toStep().from()).isEqualTo(from);
		assertThat(last.toStep().to()).isEqualTo(action.target);
		assertThat(last.toStep().actorId()).isEqualTo(STAFF);
		assertThat(last.toStep().at()).isEqualTo(NOW);
		assertThat(last.toStep().reason()).isEqualTo(action == Action.TAKE ? null : "un motif");
		assertThat(last.step()).isEqualTo(steps + 1);
	}

	@ParameterizedTest
	@EnumSource(value = Action.class, names = { "ASK_SENDER", "REJECT" })
	void askingTheSenderAndRejectingNeedAReason(Action action) {
		for (String missing : new String[] { null, "", "   " }) {
			RequestCase c = in(RequestStatus.IN_REVIEW);
			assertThatThrownBy(() -> action.run.accept(c, missing)).isInstanceOf(ReasonRequiredException.class);
			assertThat(c.status()).isEqualTo(RequestStatus.IN_REVIEW);
			assertThat(c.transitions()).hasSize(1);
		}
	}

	@Test
	void rejectingAWaitingCaseNeedsAReasonToo() {
		RequestCase c = in(RequestStatus.WAITING_FOR_SENDER);
		assertThatThrownBy(() -> c.reject(STAFF, NOW, " ")).isInstanceOf(ReasonRequiredException.class);
		assertThat(c.status()).isEqualTo(RequestStatus.WAITING_FOR_SENDER);
	}

	@Test
	void takingASubmittedCaseStartsTheReviewAndMakesItTheirs() {
		RequestCase c = submitted();
		c.take(STAFF, NOW);
		assertThat(c.status()).isEqualTo(RequestStatus.IN_REVIEW);
		assertThat(c.assigneeId()).isEqualTo(STAFF);
		assertThat(c.transitions()).singleElement().satisfies(t -> assertThat(t.toStep().reason()).isNull());
	}

	@Test
	void theSendersAnswerPutsAWaitingCaseBackIntoReviewAndMovesNothingElse() {
		RequestCase waiting = in(RequestStatus.WAITING_FOR_SENDER);
		waiting.senderAnswered(NOW);
		assertThat(waiting.status()).isEqualTo(RequestStatus.IN_REVIEW);
		assertThat(waiting.transitions().get(2).toStep().actorId()).isNull();

		for (RequestStatus other : EnumSet.complementOf(EnumSet.of(RequestStatus.WAITING_FOR_SENDER))) {
			RequestCase c = in(other);
			int steps = c.transitions().size();
			c.senderAnswered(NOW);
			assertThat(c.status()).isEqualTo(other);
			assertThat(c.transitions()).hasSize(steps);
		}
	}

	@Test
	void aDecisionIsDatedAndOnlyAnAcceptedCaseRecordsWhatItCreated() {
		RequestCase accepted = in(RequestStatus.ACCEPTED);
		assertThat(accepted.decidedAt()).isEqualTo(NOW);
		PersonId person = PersonId.random();
		accepted.recordOutcome(person, null);
		assertThat(accepted.personId()).isEqualTo(person);

		for (RequestStatus other : Set.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW, RequestStatus.REJECTED)) {
			assertThatThrownBy(() -> in(other).recordOutcome(person, null)).isInstanceOf(IllegalStateException.class);
		}
	}

	static final UUID COLLEAGUE = UUID.randomUUID();
	static final Instant LATER = NOW.plusSeconds(600);

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "IN_REVIEW", "WAITING_FOR_SENDER" })
	void takingACaseSomeoneElseHoldsKeepsTheChangeOfHandsWithWhoAndWhen(RequestStatus status) {
		RequestCase c = in(status);
		int steps = c.transitions().size();

		c.take(COLLEAGUE, LATER);

		assertThat(c.status()).isEqualTo(status);
		assertThat(c.assigneeId()).isEqualTo(COLLEAGUE);
		assertThat(c.transitions()).hasSize(steps + 1);
		CaseTransition handover = c.transitions().get(steps);
		assertThat(handover.isReassignment()).isTrue();
		assertThat(handover.toStep().from()).isEqualTo(status);
		assertThat(handover.toStep().to()).isEqualTo(status);
		assertThat(handover.toStep().actorId()).isEqualTo(COLLEAGUE);
		assertThat(handover.previousAssigneeId()).isEqualTo(STAFF);
		assertThat(handover.toStep().at()).isEqualTo(LATER);
		assertThat(handover.toStep().reason()).isNull();
		assertThat(handover.step()).isEqualTo(steps + 1);

		c.take(COLLEAGUE, LATER); // taking one's own case changes nothing
		assertThat(c.transitions()).hasSize(steps + 1);
	}

	static Stream<Arguments> decisionsOnAHeldCase() {
		return Stream.of(Arguments.of(RequestStatus.IN_REVIEW, Action.ASK_SENDER),
				Arguments.of(RequestStatus.IN_REVIEW, Action.ACCEPT),
				Arguments.of(RequestStatus.IN_REVIEW, Action.REJECT),
				Arguments.of(RequestStatus.WAITING_FOR_SENDER, Action.RESUME),
				Arguments.of(RequestStatus.WAITING_FOR_SENDER, Action.REJECT));
	}

	@ParameterizedTest(name = "{1} from {0} by a colleague")
	@MethodSource("decisionsOnAHeldCase")
	void aDecisionBySomeoneElseThanTheAssigneeTakesTheCaseOverFirst(RequestStatus from, Action action) {
		RequestCase c = in(from);
		int steps = c.transitions().size();

		decideAs(COLLEAGUE, action, c, "un motif");

		assertThat(c.status()).isEqualTo(action.target);
		assertThat(c.assigneeId()).isEqualTo(COLLEAGUE);
		assertThat(c.transitions()).hasSize(steps + 2);
		CaseTransition handover = c.transitions().get(steps);
		assertThat(handover.isReassignment()).isTrue();
		assertThat(handover.previousAssigneeId()).isEqualTo(STAFF);
		assertThat(handover.toStep().actorId()).isEqualTo(COLLEAGUE);
		CaseTransition decision = c.transitions().get(steps + 1);
		assertThat(decision.toStep().from()).isEqualTo(from);
		assertThat(decision.toStep().to()).isEqualTo(action.target);
		assertThat(decision.toStep().actorId()).isEqualTo(COLLEAGUE);
	}

	@Test
	void aRefusedDecisionBySomeoneElseDoesNotTakeTheCaseOver() {
		RequestCase c = in(RequestStatus.IN_REVIEW);
		assertThatThrownBy(() -> c.reject(COLLEAGUE, LATER, " ")).isInstanceOf(ReasonRequiredException.class);
		assertThatThrownBy(() -> c.resume(COLLEAGUE, LATER, null)).isInstanceOf(InvalidCaseTransitionException.class);
		assertThat(c.assigneeId()).isEqualTo(STAFF);
		assertThat(c.transitions()).hasSize(1);
	}

	private static void decideAs(UUID actor, Action action, RequestCase c, String reason) {
		switch (action) {
			case ASK_SENDER -> c.askSender(actor, LATER, reason);
			case RESUME -> c.resume(actor, LATER, reason);
			case ACCEPT -> c.accept(actor, LATER, reason);
			case REJECT -> c.reject(actor, LATER, reason);
			case TAKE -> c.take(actor, LATER);
		}
	}

}
