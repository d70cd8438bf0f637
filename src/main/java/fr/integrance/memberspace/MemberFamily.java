package fr.integrance.memberspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.DocumentSort;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.DocumentViews;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.UnknownDocumentException;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.NotFoundException;
import fr.integrance.platform.Nir;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.DependantAddition;
import fr.integrance.requests.DependantRemoval;
import fr.integrance.requests.PersonCases;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubmittedRequest;

/**
 * The member's family: the dependants of the contract they hold (the newest in force),
 * and the two requests that change it, both cases decided by staff: covering one more
 * dependant (with a proof from the member's document space or uploaded) and ending a
 * dependant's cover. The contract, the member and the dependant are always taken from the
 * signed-in member's own contract: another person's id is not found (404). A NIR travels
 * in the case encrypted ({@link DependantAddition.SealedNir}).
 */
@Component
@RequiredArgsConstructor
class MemberFamily {

	/** Request types of this page, for the list of its open cases. */
	static final List<String> TYPES = List.of("DEPENDANT_ADDITION", "DEPENDANT_REMOVAL");

	private final IndividualContracts contracts;

	private final People people;

	private final DocumentSpaces spaces;

	private final Attachments attachments;

	private final Requests requests;

	private final PersonCases cases;

	private final AccountManagement accounts;

	private final FieldEncryption encryption;

	private final Clock clock;

	/**
	 * The contract in force the person holds (the newest, ACTIVE or SUSPENDED).
	 * @throws NotFoundException when they hold none: the family pages are not theirs
	 */
	IndividualContract contractOf(PersonId person) {
		return contracts.ofPerson(person)
			.stream()
			.filter(contract -> contract.member().equals(person))
			.filter(contract -> contract.status() == ContractStatus.ACTIVE
					|| contract.status() == ContractStatus.SUSPENDED)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No contract in force"));
	}

	/**
	 * The family page: the contract's dependants covered today or later, and open cases.
	 */
	FamilyView family(PersonId person) {
		IndividualContract contract = contractOf(person);
		LocalDate today = FrenchDates.today(clock);
		List<Dependant> current = contract.dependants()
			.stream()
			.filter(dependant -> dependant.until() == null || !dependant.until().isBefore(today))
			.toList();
		Map<PersonId, PersonSummary> names = current.isEmpty() ? Map.of()
				: people.summaries(current.stream().map(Dependant::person).toList());
		List<Member> members = current.stream()
			.flatMap(dependant -> Optional.ofNullable(names.get(dependant.person()))
				.map(summary -> new Member(dependant.person().value(),
						summary.name().firstNames() + " " + summary.name().lastName(), dependant.type(),
						summary.birthDate(), dependant.from(), dependant.until()))
				.stream())
			.sorted(Comparator.comparing(Member::from).thenComparing(Member::birthDate))
			.toList();
		List<PersonCases.OpenCase> open = cases.openCasesOf(person)
			.stream()
			.filter(c -> TYPES.contains(c.type().name()))
			.toList();
		return new FamilyView(contract.memberNumber().formatted(), members, open);
	}

	/**
	 * One of the contract's dependants covered today or later.
	 * @throws NotFoundException for any other person
	 */
	Member dependant(PersonId person, PersonId dependant) {
		return family(person).members()
			.stream()
			.filter(member -> member.personId().equals(dependant.value()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Not a dependant of the member"));
	}

	/** The documents of the member's space a proof may be chosen from, newest first. */
	List<DocumentViews.DocumentLine> documents(PersonId person) {
		return spaces.findSpace(SpaceOwner.person(person.value()))
			.map(space -> spaces.documents(space.id(), null, null, DocumentSort.NEWEST, 0, 100).lines())
			.orElse(List.of());
	}

	/**
	 * Copies a document of the member's own space to a pending attachment, through the
	 * same inspection as an uploaded file.
	 * @throws UnknownDocumentException when the document is not in their space
	 * @throws FileRejectedException when the file is not a proof a request may carry
	 */
	StoredAttachment proofFromSpace(AuthenticatedUser member, PersonId person, DocumentId document)
			throws FileRejectedException {
		DocumentViews.Space space = spaces.findSpace(SpaceOwner.person(person.value()))
			.orElseThrow(() -> new UnknownDocumentException("document", document));
		DocumentActor owner = new DocumentActor(DocumentActor.Kind.OWNER, member.accountId().value(), person.value());
		DocumentViews.Download download = spaces.download(space.id(), document, null, owner);
		if (download.size() > attachments.maxFileBytes()) {
			close(download.content());
			throw new FileRejectedException(FileRejection.TOO_LARGE);
		}
		byte[] bytes;
		try (InputStream content = download.content()) {
			bytes = content.readNBytes((int) attachments.maxFileBytes() + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return attachments.store(download.fileName(), bytes, 0);
	}

	/** Sends the request to cover one more dependant; the case's reference. */
	SubmittedRequest requestAddition(AuthenticatedUser member, PersonId person, FamilyForms.Addition form,
			List<AttachmentId> proof, String language) {
		IndividualContract contract = contractOf(person);
		DependantAddition.SealedNir nir = null;
		if (form.nir() != null) {
			Nir parsed = Nir.parse(form.nir());
			UUID key = UUID.randomUUID();
			nir = new DependantAddition.SealedNir(
					encryption.encrypt(parsed.normalised(), DependantAddition.SealedNir.context(key)), parsed.masked(),
					key);
		}
		return requests.submit(RequestChannel.MEMBERSPACE,
				new DependantAddition(contract.id(), person, senderName(person), login(member),
						required(form.relationship()), required(form.civility()), required(form.lastName()),
						required(form.firstName()), required(form.birthDate()), nir, required(form.scheme()),
						required(form.from()), proof, language),
				person);
	}

	/** Sends the request to end a dependant's cover; the case's reference. */
	SubmittedRequest requestRemoval(AuthenticatedUser member, PersonId person, PersonId dependant,
			FamilyForms.Removal form, String language) {
		IndividualContract contract = contractOf(person);
		Member covered = dependant(person, dependant);
		String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
		return requests.submit(
				RequestChannel.MEMBERSPACE, new DependantRemoval(contract.id(), person, dependant, covered.fullName(),
						senderName(person), login(member), required(form.lastDay()), reason, List.of(), language),
				person);
	}

	/** The first of next month: the usual first day of a new cover. */
	LocalDate suggestedStart() {
		return FrenchDates.today(clock).withDayOfMonth(1).plusMonths(1);
	}

	/** Whether the day is before today in France. */
	boolean isPast(LocalDate day) {
		return day.isBefore(FrenchDates.today(clock));
	}

	void discard(List<StoredAttachment> stored) {
		stored.forEach(file -> attachments.discardPending(file.id()));
	}

	private String senderName(PersonId person) {
		return people.find(person)
			.map(found -> found.name().firstNames() + " " + found.name().lastName())
			.orElseThrow(() -> new NotFoundException("No person"));
	}

	private String login(AuthenticatedUser member) {
		return accounts.get(member.accountId()).login();
	}

	private static <T> T required(@Nullable T value) {
		return Objects.requireNonNull(value, "validated by the form");
	}

	private static void close(InputStream content) {
		try {
			content.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The family page's data. */
	record FamilyView(String memberNumber, List<Member> members, List<PersonCases.OpenCase> openCases) {
	}

	/** A dependant as the member sees them (no NIR, no address). */
	record Member(UUID personId, String fullName, DependantType type, LocalDate birthDate, LocalDate from,
			@Nullable LocalDate until) {

		@Override
		public String toString() {
			return "Member[***]";
		}
	}

}
