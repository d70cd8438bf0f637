package fr.integrance.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.CareAndHousing;
import fr.integrance.platform.PostalAddress;

/**
 * A guardian organisation's request, sent by one of its agents from iTutelle, to change a
 * protected adult's contract or file (internal package {@code guardianchange}): each
 * {@link Kind} is its own case, decided by staff.
 *
 * @param guardianOrganisation the organisation (identity's id) that represents the adult
 * @param adult the protected adult's person id
 * @param agentName the agent who sent it
 * @param agentEmail where the case's mails go
 * @param kind what changes
 * @param planCode {@link Kind#PLAN}: the new plan
 * @param effectiveOn {@link Kind#PLAN}: the anniversary it takes effect on;
 * {@link Kind#TERMINATION}: the last day of the representation (and of the contract on a
 * death)
 * @param address {@link Kind#ADDRESS_HOUSING}: the new contact address, or null to keep
 * it
 * @param housing {@link Kind#ADDRESS_HOUSING}: the new care and housing, or null to keep
 * it
 * @param termination {@link Kind#TERMINATION}: why
 * @param attachmentIds supporting documents (the death certificate, the judgment…)
 * @param language the language of the form
 */
@RequestPayload.TypeName("GUARDIAN_CHANGE")
public record GuardianChange(UUID guardianOrganisation, UUID adult, String agentName, String agentEmail, Kind kind,
		@Nullable String planCode, @Nullable LocalDate effectiveOn, @Nullable PostalAddress address,
		@Nullable CareAndHousing housing, @Nullable Termination termination, List<AttachmentId> attachmentIds,
		String language) implements RequestPayload {

	public GuardianChange {
		Objects.requireNonNull(guardianOrganisation, "guardianOrganisation");
		Objects.requireNonNull(adult, "adult");
		Objects.requireNonNull(kind, "kind");
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
		language = language == null ? "fr" : language;
	}

	/** What the request changes. */
	public enum Kind {

		/** The plan, at the contract's next anniversary. */
		PLAN,
		/** The contact address and/or the care and housing. */
		ADDRESS_HOUSING,
		/**
		 * The end of the organisation's representation (and of the contract on a death).
		 */
		TERMINATION

	}

	/** Why a representation ends. */
	public enum Termination {

		DEATH, END_OF_MEASURE, CHANGE_OF_GUARDIAN

	}

	@Override
	public String submitterName() {
		return agentName;
	}

	@Override
	public String submitterEmail() {
		return agentEmail;
	}

	@Override
	public String toString() {
		return "GuardianChange[" + kind + ", " + attachmentIds.size() + " attachment(s)]";
	}

}
