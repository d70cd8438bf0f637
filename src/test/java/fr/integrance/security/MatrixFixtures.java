package fr.integrance.security;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.NewDocument;
import fr.integrance.documents.SpaceId;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.contracts.NewDependant;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Iban;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.CaseFixtures.CaseWithFile;
import fr.integrance.requests.CaseFixtures.MemberCase;
import fr.integrance.security.AuthorizationMatrix.Caller;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The tenants of the matrix: two employers and two guardian organisations with their
 * representatives, administrators and agents, two members, staff, DPO and administrator;
 * the account each caller signs in with; and, per path variable, an object the caller may
 * see, one of another tenant, and a random id. A row whose path variable is not listed
 * here gets a random id; a new tenant-scoped kind of object adds one entry to
 * {@link #variables}.
 */
final class MatrixFixtures {

	/** How to fill one path variable. */
	record PathVariable(BiFunction<Caller, WebSession, String> own, Function<Caller, Optional<String>> foreign,
			boolean ownMustBeFound, boolean randomIsNotFound) {

		static final PathVariable UNKNOWN = new PathVariable((caller, browser) -> UUID.randomUUID().toString(),
				caller -> Optional.empty(), false, false);

	}

	private final MockMvc mvc;

	private final TestAccounts accounts;

	private final MutableClock clock;

	final OrganisationId employer1;

	final OrganisationId employer2;

	final OrganisationId guardian1;

	final OrganisationId guardian2;

	final Created agentOfGuardian2;

	final Created member2;

	private final Map<Caller, Created> callers = new EnumMap<>(Caller.class);

	final Map<String, PathVariable> variables = new HashMap<>();

	MatrixFixtures(MockMvc mvc, TestAccounts accounts, MutableClock clock) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.clock = clock;
		employer1 = accounts.organisation(OrganisationKind.EMPLOYER);
		employer2 = accounts.organisation(OrganisationKind.EMPLOYER);
		guardian1 = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		guardian2 = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		// Two members, each with their own person and a request sent from iAdhérent with
		// a
		// file; the other member's is another tenant's.
		PeopleFixtures members = new PeopleFixtures(mvc.getDispatcherServlet().getWebApplicationContext());
		PersonId memberPerson = members.person("Matrice", "Adhérente", LocalDate.of(1980, 1, 2));
		PersonId member2Person = members.person("Matrice", "Autre", LocalDate.of(1981, 2, 3));
		callers.put(Caller.MEMBER, accounts.member(memberPerson.value()));
		member2 = accounts.member(member2Person.value());
		MemberCase memberCase = CaseFixtures.memberCaseWithFile(mvc.getDispatcherServlet().getWebApplicationContext(),
				memberPerson);
		MemberCase member2Case = CaseFixtures.memberCaseWithFile(mvc.getDispatcherServlet().getWebApplicationContext(),
				member2Person);
		variables.put("caseReference", new PathVariable((caller, browser) -> memberCase.reference(),
				caller -> Optional.of(member2Case.reference()), true, true));
		variables.put("fileId", new PathVariable((caller, browser) -> memberCase.attachmentId().toString(),
				caller -> Optional.of(member2Case.attachmentId().toString()), true, true));
		// Each member holds a contract covering a child (the family pages), and has a
		// change of bank details waiting for its signature; the other member's are
		// another tenant's.
		PersonId memberChild = members.person("Matrice", "Enfant", LocalDate.of(2015, 5, 6));
		PersonId member2Child = members.person("Matrice", "Autre enfant", LocalDate.of(2016, 7, 8));
		members.activeContract(memberPerson, LocalDate.of(2024, 1, 1), List
			.of(new NewDependant(memberChild, fr.integrance.contracts.DependantType.CHILD, LocalDate.of(2024, 1, 1))));
		members.activeContract(member2Person, LocalDate.of(2024, 1, 1), List
			.of(new NewDependant(member2Child, fr.integrance.contracts.DependantType.CHILD, LocalDate.of(2024, 1, 1))));
		variables.put("dependantId", new PathVariable((caller, browser) -> memberChild.value().toString(),
				caller -> Optional.of(member2Child.value().toString()), true, true));
		BankDetailChanges bankChanges = mvc.getDispatcherServlet()
			.getWebApplicationContext()
			.getBean(BankDetailChanges.class);
		String member2BankChange = bankChanges.propose(member2Person, Iban.parse(MATRIX_IBAN), null, "Autre Matrice")
			.id()
			.value()
			.toString();
		variables.put("bankChangeId",
				new PathVariable((caller, browser) -> bankChanges
					.propose(memberPerson, Iban.parse(MATRIX_IBAN), null, "Adhérente Matrice")
					.id()
					.value()
					.toString(), caller -> Optional.of(member2BankChange), true, true));
		// Document spaces of the members: their own documents; the other member's are
		// another tenant's.
		documentOwners.put(Caller.MEMBER, SpaceOwner.person(memberPerson.value()));
		memberPersons.put(Caller.MEMBER, memberPerson);
		String member2Document = newDocumentOf(SpaceOwner.person(member2Person.value()),
				new DocumentActor(DocumentActor.Kind.OWNER, member2.id().value(), member2Person.value()));
		foreignDocuments.put(Caller.MEMBER, member2Document);
		callers.put(Caller.EMPLOYER_REPRESENTATIVE, accounts.account(Role.EMPLOYER_REPRESENTATIVE, employer1, false));
		accounts.account(Role.EMPLOYER_REPRESENTATIVE, employer2, false);
		callers.put(Caller.GUARDIAN_AGENT, accounts.account(Role.GUARDIAN_AGENT, guardian1, false));
		callers.put(Caller.GUARDIAN_ADMIN, accounts.account(Role.GUARDIAN_AGENT, guardian1, true));
		accounts.account(Role.GUARDIAN_AGENT, guardian2, true);
		agentOfGuardian2 = accounts.account(Role.GUARDIAN_AGENT, guardian2, false);
		callers.put(Caller.STAFF, accounts.account(Role.STAFF));
		callers.put(Caller.DPO, accounts.account(Role.DPO));
		callers.put(Caller.ADMIN, accounts.account(Role.ADMIN));

		// A guardian organisation's agent: a fresh one of the caller's organisation (it
		// may be removed).
		variables.put("agentId",
				new PathVariable(
						(caller, browser) -> accounts.account(Role.GUARDIAN_AGENT, guardian1, false).id().toString(),
						caller -> Optional.of(agentOfGuardian2.id().toString()), true, true));
		// Any account, for an administrator: a fresh staff account (it may be disabled).
		variables.put("accountId", new PathVariable((caller, browser) -> accounts.account(Role.STAFF).id().toString(),
				caller -> Optional.empty(), true, true));
		variables.put("organisationId",
				new PathVariable((caller, browser) -> employer1.toString(), caller -> Optional.empty(), true, true));
		// One of the caller's own other sessions; another account's session is another
		// tenant's.
		variables.put("reference", new PathVariable(this::otherSessionOfTheCaller,
				caller -> Optional.of(otherSessionReference(member2)), true, true));
		// Links and developer pages: any value is answered (an "invalid link" page, a 404
		// for no mail).
		variables.put("token", new PathVariable((caller, browser) -> "jeton-" + UUID.randomUUID(),
				caller -> Optional.empty(), false, false));
		variables.put("index", new PathVariable((caller, browser) -> "0", caller -> Optional.empty(), false, false));
		// Public pages named by a value rather than an object: an archived notice
		// version, a form step.
		variables.put("versionId",
				new PathVariable((caller, browser) -> "2026.2", caller -> Optional.empty(), false, false));
		variables.put("slug",
				new PathVariable((caller, browser) -> "identite", caller -> Optional.empty(), false, false));
		// A person and their active contract, for staff (the back office sees every
		// person; no tenant).
		PeopleFixtures people = new PeopleFixtures(mvc.getDispatcherServlet().getWebApplicationContext());
		PersonId person = people.person("Matrice", "Paule", LocalDate.of(1970, 3, 4));
		String contract = people.activeContract(person, LocalDate.of(2024, 1, 1), List.of()).id().value().toString();
		variables.put("personId", new PathVariable((caller, browser) -> person.value().toString(),
				caller -> Optional.empty(), true, true));
		variables.put("contractId",
				new PathVariable((caller, browser) -> contract, caller -> Optional.empty(), true, true));
		// A protected adult of the caller's guardian organisation (document spaces); one
		// of the other organisation's is another tenant's.
		fr.integrance.contracts.Representations representations = mvc.getDispatcherServlet()
			.getWebApplicationContext()
			.getBean(fr.integrance.contracts.Representations.class);
		PersonId adult = people.person("Majeur", "Protégé", LocalDate.of(1948, 6, 7));
		PersonId foreignAdult = people.person("Autre", "Majeur", LocalDate.of(1949, 8, 9));
		LocalDate since = LocalDate.ofInstant(clock.instant(), fr.integrance.platform.FrenchDates.FRANCE).minusYears(1);
		representations.create(new fr.integrance.contracts.NewRepresentation(guardian1.value(), adult,
				fr.integrance.contracts.ProtectionMeasure.TUTELLE, fr.integrance.platform.DateRange.from(since),
				"RG 26/0001"));
		representations.create(new fr.integrance.contracts.NewRepresentation(guardian2.value(), foreignAdult,
				fr.integrance.contracts.ProtectionMeasure.TUTELLE, fr.integrance.platform.DateRange.from(since),
				"RG 26/0002"));
		variables.put("adultId", new PathVariable((caller, browser) -> adult.value().toString(),
				caller -> Optional.of(foreignAdult.value().toString()), true, true));
		// The protected adult's contract covers a child (the beneficiaries pages); the
		// other organisation's adult's child is another tenant's.
		PersonId adultChild = people.person("Majeur", "Enfant", LocalDate.of(1975, 2, 3));
		PersonId foreignAdultChild = people.person("Autre", "Enfant", LocalDate.of(1976, 4, 5));
		people.activeContract(adult, since,
				List.of(new NewDependant(adultChild, fr.integrance.contracts.DependantType.CHILD, since)));
		people.activeContract(foreignAdult, since,
				List.of(new NewDependant(foreignAdultChild, fr.integrance.contracts.DependantType.CHILD, since)));
		variables.put("beneficiaryId", new PathVariable((caller, browser) -> adultChild.value().toString(),
				caller -> Optional.of(foreignAdultChild.value().toString()), true, true));
		// A change of the protected adult's bank details waiting for the organisation's
		// signature; one of the other organisation's adult is another tenant's.
		BankDetailChanges adultBankChanges = mvc.getDispatcherServlet()
			.getWebApplicationContext()
			.getBean(BankDetailChanges.class);
		String foreignAdultBankChange = adultBankChanges
			.propose(foreignAdult, Iban.parse(MATRIX_IBAN), null, "Autre Majeur")
			.id()
			.value()
			.toString();
		variables.put("adultBankChangeId",
				new PathVariable((caller, browser) -> adultBankChanges
					.propose(adult, Iban.parse(MATRIX_IBAN), null, "Majeur Protégé")
					.id()
					.value()
					.toString(), caller -> Optional.of(foreignAdultBankChange), true, true));
		// An affiliate of the representative's employer; one of the other employer's is
		// another tenant's.
		String ownAffiliation = EmployerFixtures.affiliate(mvc.getDispatcherServlet().getWebApplicationContext(),
				employer1.value(), "Matrice");
		String foreignAffiliation = EmployerFixtures.affiliate(mvc.getDispatcherServlet().getWebApplicationContext(),
				employer2.value(), "Autre");
		variables.put("affiliationId", new PathVariable((caller, browser) -> ownAffiliation,
				caller -> Optional.of(foreignAffiliation), true, true));
		// The attestation sent with the own affiliate's enrolment; the other employer's
		// is
		// another tenant's.
		String ownDocument = EmployerFixtures.document(mvc.getDispatcherServlet().getWebApplicationContext(),
				employer1.value(), ownAffiliation);
		String foreignDocument = EmployerFixtures.document(mvc.getDispatcherServlet().getWebApplicationContext(),
				employer2.value(), foreignAffiliation);
		variables.put("document",
				new PathVariable((caller, browser) -> ownDocument, caller -> Optional.of(foreignDocument), true, true));
		// Document spaces: a fresh folder, document and comment of the caller in the
		// space its rows reach (the protected adult's for an agent, the person's for
		// staff; the case space's rows name the case {requestId}); random for others.
		documentOwners.put(Caller.GUARDIAN_AGENT, SpaceOwner.person(adult.value()));
		documentOwners.put(Caller.GUARDIAN_ADMIN, SpaceOwner.person(adult.value()));
		documentOwners.put(Caller.STAFF, SpaceOwner.person(person.value()));
		variables.put("folderId",
				new PathVariable((caller, browser) -> newFolder(caller), caller -> Optional.empty(), false, true));
		variables.put("documentId", new PathVariable((caller, browser) -> newDocument(caller),
				caller -> Optional.ofNullable(foreignDocuments.get(caller)), false, true));
		variables.put("commentId",
				new PathVariable((caller, browser) -> newComment(caller), caller -> Optional.empty(), false, true));
		variables.put("requestId", new PathVariable((caller, browser) -> caseWithFile().caseId().toString(),
				caller -> Optional.empty(), false, true));
		// A back-office case (not tenant-scoped: any staff member sees every case) and
		// its file.
		variables.put("caseId", new PathVariable((caller, browser) -> caseWithFile().caseId().toString(),
				caller -> Optional.empty(), true, true));
		variables.put("attachmentId", new PathVariable((caller, browser) -> caseWithFile().attachmentId().toString(),
				caller -> Optional.empty(), true, true));
	}

	private final Map<Caller, SpaceOwner> documentOwners = new EnumMap<>(Caller.class);

	private final Map<Caller, PersonId> memberPersons = new EnumMap<>(Caller.class);

	private final Map<Caller, String> foreignDocuments = new EnumMap<>(Caller.class);

	static final String MATRIX_IBAN = "FR7610107001011234567890129";

	private final Map<Caller, DocumentId> lastDocuments = new EnumMap<>(Caller.class);

	private DocumentSpaces documents() {
		return mvc.getDispatcherServlet().getWebApplicationContext().getBean(DocumentSpaces.class);
	}

	private DocumentActor actorOf(Caller caller) {
		if (caller == Caller.MEMBER) {
			return new DocumentActor(DocumentActor.Kind.OWNER, callers.get(caller).id().value(),
					memberPersons.get(caller).value());
		}
		DocumentActor.Kind kind = caller == Caller.STAFF ? DocumentActor.Kind.STAFF : DocumentActor.Kind.GUARDIAN_AGENT;
		return new DocumentActor(kind, callers.get(caller).id().value(), null);
	}

	private String newFolder(Caller caller) {
		SpaceOwner owner = documentOwners.get(caller);
		if (owner == null) {
			return UUID.randomUUID().toString();
		}
		SpaceId space = documents().spaceOf(owner).id();
		return documents().createFolder(space, null, "Dossier " + UUID.randomUUID(), actorOf(caller)).toString();
	}

	private String newDocumentOf(SpaceOwner owner, DocumentActor actor) {
		try {
			return documents()
				.upload(documents().spaceOf(owner).id(),
						new NewDocument(null, "Matrice", null, "matrice.png", png(), null, null), actor)
				.toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private String newDocument(Caller caller) {
		SpaceOwner owner = documentOwners.get(caller);
		if (owner == null) {
			return UUID.randomUUID().toString();
		}
		SpaceId space = documents().spaceOf(owner).id();
		try {
			DocumentId id = documents().upload(space,
					new NewDocument(null, "Matrice", null, "matrice.png", png(), null, null), actorOf(caller));
			lastDocuments.put(caller, id);
			return id.toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A comment of the caller on the document of the same row (named just before). */
	private String newComment(Caller caller) {
		SpaceOwner owner = documentOwners.get(caller);
		DocumentId document = lastDocuments.get(caller);
		if (owner == null || document == null) {
			return UUID.randomUUID().toString();
		}
		SpaceId space = documents().spaceOf(owner).id();
		return documents().comment(space, document, "Note de la matrice", actorOf(caller)).toString();
	}

	private static byte[] png() {
		try {
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 16,
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private CaseWithFile caseWithFile;

	private CaseWithFile caseWithFile() {
		if (caseWithFile == null) {
			caseWithFile = CaseFixtures.subscriptionWithFile(mvc.getDispatcherServlet().getWebApplicationContext());
		}
		return caseWithFile;
	}

	PathVariable variable(String name) {
		return variables.getOrDefault(name, PathVariable.UNKNOWN);
	}

	/**
	 * A browser signed in as the caller (a fresh TOTP step each time: codes are never
	 * replayed).
	 */
	WebSession browserOf(Caller caller) {
		WebSession browser = new WebSession(mvc);
		if (caller == Caller.ANONYMOUS) {
			return browser;
		}
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(browser, callers.get(caller));
	}

	private String otherSessionOfTheCaller(Caller caller, WebSession browser) {
		if (caller == Caller.ANONYMOUS) {
			return "0".repeat(32);
		}
		browserOf(caller);
		return referenceListedIn(browser);
	}

	private String otherSessionReference(Created account) {
		WebSession first = accounts.signIn(new WebSession(mvc), account);
		accounts.signIn(new WebSession(mvc), account);
		return referenceListedIn(first);
	}

	private static String referenceListedIn(WebSession browser) {
		try {
			String action = Jsoup.parse(browser.get("/compte/sessions").getContentAsString())
				.select("form[action$=/fin]")
				.attr("action");
			return action.replaceAll("^/compte/sessions/([0-9a-f-]+)/fin$", "$1");
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

}
