package fr.integrance.employerspace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.employerspace.AffiliateCounts;
import fr.integrance.employerspace.AffiliateMovements;
import fr.integrance.employerspace.EmployeeAddress;
import fr.integrance.employerspace.Movement;
import fr.integrance.employerspace.MovementKind;
import fr.integrance.employerspace.Enrolment;
import fr.integrance.employerspace.api.ApiFixtures;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.platform.Civility;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * « Importer un fichier » with good, bad, repeated and hostile files, through the pages
 * as a representative uses them: a good file enrols and terminates; bad lines are
 * reported per line and column in French while the good lines of the same file are
 * applied (per line, as the preview says); the same file twice, or the same line in
 * another file, enrols nobody twice; formula cells are refused and never come back as
 * formulas in the error file or the export; binary, Latin-1, oversized, empty,
 * header-less, unclosed-quote files are refused as a whole with a French message beside
 * the field; a BOM, commas and columns in another order are accepted. Never a 500.
 */
@IdentityIntegrationTest
class EmployerImportTests {

	static final String HEADER = String.join(";", MovementFile.COLUMNS);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	GroupContracts groupContracts;

	@Autowired
	AffiliateMovements movements;

	@Autowired
	EmployerImports imports;

	@Autowired
	JdbcClient jdbc;

	OrganisationId organisation;

	WebSession session;

	@BeforeEach
	void signIn() {
		organisation = accounts.organisation(OrganisationKind.EMPLOYER);
		groupContracts.create(new NewGroupContract(organisation.value(), List.of("essentielle", "confort"),
				List.of("cadres", "non-cadres"), ApiFixtures.CONTRACT_START));
		Created representative = accounts.account(Role.EMPLOYER_REPRESENTATIVE, organisation, false);
		clock.advance(Duration.ofSeconds(30));
		session = accounts.signIn(new WebSession(mvc), representative);
	}

	// --- the file's lines

	static String name() {
		return ApiFixtures.lastName("Import");
	}

	static String womanNir() {
		return ApiFixtures.nir(true, LocalDate.of(1985, 6, 14));
	}

	/** A line with the given cells, in the template's columns. */
	static String line(String... cellsByColumn) {
		String[] cells = new String[MovementFile.COLUMNS.size()];
		Arrays.fill(cells, "");
		for (int i = 0; i + 1 < cellsByColumn.length; i += 2) {
			cells[MovementFile.COLUMNS.indexOf(cellsByColumn[i])] = cellsByColumn[i + 1];
		}
		return String.join(";", cells);
	}

	static String enrolment(String lastName, String nir) {
		return line("mouvement", "INSCRIPTION", "categorie", "cadres", "formule", "confort", "date_debut", "01/01/2026",
				"date_entree", "01/12/2025", "civilite", "MME", "nom", lastName, "prenoms", "Julie", "date_naissance",
				"14/06/1985", "nir", nir, "adresse", "12 rue de la République", "code_postal", "69002", "ville", "Lyon",
				"situation_familiale", "MARRIED", "regime", "GENERAL", "caisse", "CPAM du Rhône");
	}

	static String termination(String nir) {
		return line("mouvement", "RADIATION", "nir", nir, "date_fin", "30/06/2026", "motif", "licenciement");
	}

	static byte[] file(String... lines) {
		return (HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/** An affiliate enrolled by screen, whose NIR a file may name. */
	String enrolledNir() {
		String nir = womanNir();
		movements.enrol(organisation.value(),
				new Enrolment(null, "cadres", "confort", LocalDate.of(2024, 1, 1), LocalDate.of(2023, 9, 1),
						Civility.MME, name(), "Claire", null, LocalDate.of(1985, 6, 14), nir,
						new EmployeeAddress("1 rue des Tests", null, "75001", "Paris", null), null, null, null, null,
						null, null, List.of()));
		return nir;
	}

	// --- the pages

	MockHttpServletResponse upload(String fileName, byte[] content) {
		MockHttpServletResponse response = session.perform(MockMvcRequestBuilders.multipart("/icollectif/import")
			.file(new MockMultipartFile("file", fileName, "text/csv", content))
			.with(csrf()));
		assertThat(response.getStatus()).as("never a server error").isEqualTo(200);
		return response;
	}

	Document preview(byte[] content) throws Exception {
		return page(upload("mouvements.csv", content));
	}

	Document apply(Document preview) throws Exception {
		String token = preview.select("input[name=token]").val();
		assertThat(token).as("an apply button").isNotEmpty();
		return page(session.post("/icollectif/import/application", "token", token));
	}

	Document importFile(byte[] content) throws Exception {
		return apply(preview(content));
	}

	/** The French message beside the file field. */
	String fileError(String fileName, byte[] content) throws Exception {
		Document form = page(upload(fileName, content));
		assertThat(form.select("h1").text()).isEqualTo("Importer des mouvements");
		return form.select("#file-error").text();
	}

	static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** Line, column and message of each row of the errors table. */
	static List<String> errorRows(Document page) {
		return page.select("table tbody tr")
			.stream()
			.map(row -> String.join(" | ", row.select("td").eachText()))
			.toList();
	}

	AffiliateCounts counts() {
		return movements.counts(organisation.value());
	}

	static List<CSVRecord> csv(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), MovementFile.FORMAT)) {
			return parser.getRecords();
		}
	}

	// --- good files

	@Test
	void aGoodFileEnrolsAndTerminatesAfterThePreview() throws Exception {
		String leaving = enrolledNir();
		byte[] content = file(enrolment(name(), womanNir()), enrolment(name(), womanNir()), termination(leaving));

		Document preview = preview(content);
		assertThat(preview.select("h1").text()).isEqualTo("Aperçu de l’import");
		assertThat(preview.text()).contains("3 lignes lues : 3 valides, 0 avec des erreurs",
				"Rien n’est appliqué avant votre confirmation");
		assertThat(counts().active()).as("nothing applied by the preview").isEqualTo(1);

		Document result = apply(preview);
		assertThat(result.select("h1").text()).isEqualTo("Résultat de l’import");
		assertThat(result.text()).contains("3 mouvements appliqués, 0 déjà appliqués auparavant, 0 lignes refusées");
		assertThat(counts().active()).isEqualTo(2);
		assertThat(counts().portability()).as("a dismissal opens portability").isEqualTo(1);
	}

	@Test
	void theTemplateIsAFileTheImportReads() throws Exception {
		MockHttpServletResponse template = session.get("/icollectif/import/modele.csv");
		List<CSVRecord> records = csv(template);
		assertThat(records.get(0).toList()).isEqualTo(MovementFile.COLUMNS);

		Document preview = preview(template.getContentAsByteArray());
		assertThat(preview.text()).contains("3 lignes lues : 3 valides");
	}

	@Test
	void aByteOrderMarkCommasAndColumnsInAnotherOrderAreAccepted() throws Exception {
		String nir = womanNir();
		String text = "\uFEFFnom,prenoms,mouvement,civilite,date_naissance,nir,categorie,formule,date_debut,adresse,"
				+ "code_postal,ville\r\n" + name() + ",Julie,INSCRIPTION,MME,14/06/1985," + nir
				+ ",cadres,confort,01/01/2026,\"3, rue des Virgules\",69002,Lyon\r\n";

		Document result = importFile(text.getBytes(StandardCharsets.UTF_8));

		assertThat(result.text()).contains("1 mouvements appliqués");
		assertThat(counts().active()).isEqualTo(1);
	}

	// --- bad lines

	@Test
	void badLinesAreReportedPerLineAndColumnInFrenchAndTheGoodLinesAreApplied() throws Exception {
		String wrongKey = womanNir().substring(0, 13) + "00";
		byte[] content = file(enrolment(name(), womanNir()),
				enrolment(name(), womanNir()).replace("14/06/1985", "31/02/1985"),
				line("mouvement", "DEMENAGEMENT", "nir", womanNir()), enrolment("", womanNir()),
				enrolment(name(), wrongKey), termination(womanNir()));

		Document preview = preview(content);
		assertThat(preview.text()).contains("6 lignes lues : 3 valides, 3 avec des erreurs");
		assertThat(errorRows(preview)).containsExactly("3 | date_naissance | La date n’est pas valide (jj/mm/aaaa).",
				"4 | mouvement | Le mouvement est INSCRIPTION, RADIATION ou MODIFICATION.",
				"5 | nom | Cette colonne est obligatoire pour ce mouvement.");
		assertThat(preview.select("form[action$=application] button").text())
			.isEqualTo("Appliquer les 3 lignes valides");

		Document result = apply(preview);
		// The NIR's key and the affiliate named are checked when the line is applied.
		assertThat(result.text()).contains("1 mouvements appliqués, 0 déjà appliqués auparavant, 5 lignes refusées");
		assertThat(errorRows(result)).contains(
				"6 | nir | " + "Ce numéro de sécurité sociale n’est pas valide : "
						+ "vérifiez les 15 caractères, clé comprise.",
				"7 | identifiant_affiliation | Aucun salarié de votre entreprise ne correspond.");
		assertThat(counts().active()).as("the good line applied, per line").isEqualTo(1);

		List<CSVRecord> refused = csv(session.get("/icollectif/import/erreurs.csv"));
		assertThat(refused.get(0).get(0)).isEqualTo("ligne");
		assertThat(refused.get(0).get(refused.get(0).size() - 1)).isEqualTo("erreurs");
		assertThat(refused.stream().skip(1).map(record -> record.get(0))).containsExactly("3", "4", "5", "6", "7");
		assertThat(refused.get(5).get(refused.get(5).size() - 1))
			.isEqualTo("identifiant_affiliation : Aucun salarié de votre entreprise ne correspond.");
	}

	@Test
	void anotherOrganisationsAffiliateIsUnknownToTheFile() throws Exception {
		OrganisationId other = accounts.organisation(OrganisationKind.EMPLOYER);
		groupContracts.create(
				new NewGroupContract(other.value(), List.of("confort"), List.of("cadres"), ApiFixtures.CONTRACT_START));
		String nir = womanNir();
		String foreign = movements
			.enrol(other.value(),
					new Enrolment(null, "cadres", "confort", LocalDate.of(2024, 1, 1), null, Civility.MME, name(),
							"Claire", null, LocalDate.of(1985, 6, 14), nir,
							new EmployeeAddress("1 rue des Tests", null, "75001", "Paris", null), null, null, null,
							null, null, null, List.of()))
			.affiliation()
			.id()
			.value()
			.toString();

		Document result = importFile(file(termination(nir), line("mouvement", "RADIATION", "identifiant_affiliation",
				foreign, "date_fin", "30/06/2026", "motif", "demission")));

		assertThat(errorRows(result)).containsExactly(
				"2 | identifiant_affiliation | Aucun salarié de votre entreprise ne correspond.",
				"3 | identifiant_affiliation | Aucun salarié de votre entreprise ne correspond.");
		assertThat(movements.counts(other.value()).active()).isEqualTo(1);
	}

	// --- files of enrolments only (applied a chunk at a time)

	@Test
	void aFileOfEnrolmentsIsAppliedByChunkWithItsHistoryAndOneJournalEntryPerEnrolment() throws Exception {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < EmployerImports.CHUNK + 5; i++) {
			lines.add(enrolment(name(), womanNir()));
		}

		Document result = importFile(file(lines.toArray(String[]::new)));

		assertThat(result.text()).contains((EmployerImports.CHUNK + 5) + " mouvements appliqués");
		assertThat(counts().active()).isEqualTo(EmployerImports.CHUNK + 5);
		List<UUID> enrolled = jdbc.sql("SELECT affiliation_id FROM employer_import_row WHERE organisation_id = ?")
			.param(organisation.value())
			.query(UUID.class)
			.list();
		assertThat(enrolled).hasSize(EmployerImports.CHUNK + 5).doesNotHaveDuplicates();
		for (UUID affiliation : enrolled) {
			assertThat(movements.history(organisation.value(), new AffiliationId(affiliation)))
				.extracting(Movement::kind)
				.containsExactly(MovementKind.ENROLMENT);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_ref = ? AND purpose = ?")
				.params("affiliation:" + affiliation, "icollectif-affiliation-requests")
				.query(Long.class)
				.single()).as("one journal entry per enrolment").isEqualTo(1);
		}
	}

	@Test
	void aLineOfAChunkRefusedWhenAppliedIsReportedAndTheOthersAreApplied() throws Exception {
		String alreadyHere = enrolledNir();
		String twice = womanNir();
		byte[] content = file(enrolment(name(), womanNir()), enrolment(name(), twice), enrolment(name(), alreadyHere),
				enrolment(name(), twice), enrolment(name(), womanNir()));

		Document result = importFile(content);

		assertThat(result.text()).contains("3 mouvements appliqués, 0 déjà appliqués auparavant, 2 lignes refusées");
		assertThat(errorRows(result)).hasSize(2).allSatisfy(row -> assertThat(row).contains("| nir |"));
		assertThat(errorRows(result)).extracting(row -> row.substring(0, row.indexOf(" |"))).containsExactly("4", "5");
		assertThat(counts().active()).isEqualTo(1 + 3);
	}

	// --- repeated files

	@Test
	void theSameFileTwiceEnrolsNobodyTwice() throws Exception {
		String line = enrolment(name(), womanNir());
		byte[] content = file(line);
		importFile(content);
		assertThat(counts().active()).isEqualTo(1);

		Document again = preview(content);
		assertThat(again.text()).contains("Ce fichier a déjà été importé");
		assertThat(again.select("form[action$=application]")).as("no apply button").isEmpty();
		EmployerImports.Outcome forced = imports.apply(organisation.value(), UUID.randomUUID(), content);
		assertThat(forced.alreadyImported()).isTrue();
		assertThat(forced.applied()).isZero();
		assertThat(counts().active()).isEqualTo(1);
	}

	@Test
	void aLineAlreadyAppliedFromAnotherFileOrTwiceInOneFileIsSkipped() throws Exception {
		String line = enrolment(name(), womanNir());
		importFile(file(line));

		String added = enrolment(name(), womanNir());
		Document result = importFile(file(added, line, added));

		assertThat(result.text()).contains("1 mouvements appliqués, 2 déjà appliqués auparavant, 0 lignes refusées");
		assertThat(counts().active()).isEqualTo(2);
	}

	@Test
	void anApplicationWithoutItsPreviewAppliesNothing() throws Exception {
		Document expired = page(session.post("/icollectif/import/application", "token", UUID.randomUUID().toString()));
		assertThat(expired.select("#file-error").text())
			.isEqualTo("L’aperçu a expiré : déposez de nouveau le fichier.");
	}

	// --- hostile files

	@Test
	void formulaCellsAreRefusedAndNeverComeBackAsFormulas() throws Exception {
		List<String> payloads = List.of("=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
				"@SUM(1+1)*cmd|' /C calc'!A0", "=HYPERLINK(\"http://attaquant.example\",\"Cliquez\")");
		List<String> lines = new ArrayList<>();
		for (String payload : payloads) {
			lines.add(enrolment(name(), womanNir()).replace("CPAM du Rhône",
					"\"" + payload.replace("\"", "\"\"") + "\""));
		}

		lines.add(enrolment(name(), womanNir()).replace("CPAM du Rhône;;", "CPAM du Rhône;;+33 4 72 00 00 00"));

		Document result = importFile(file(lines.toArray(String[]::new)));

		assertThat(errorRows(result)).hasSize(payloads.size())
			.allSatisfy(row -> assertThat(row).endsWith(
					"caisse | Cette cellule commence comme une formule de tableur (=, +, -, @) : elle est refusée."));
		assertThat(counts().active()).as("the line whose cell is a phone number").isEqualTo(1);
		for (CSVRecord record : csv(session.get("/icollectif/import/erreurs.csv"))) {
			for (String cell : record) {
				assertThat(MovementFile.formula(cell)).as("cell %s of the error file", cell).isFalse();
			}
		}
		assertThat(csv(session.get("/icollectif/import/erreurs.csv")).get(1).toList()).contains("'=cmd|' /C calc'!A0");
	}

	@Test
	void theExportNeutralisesEveryFormulaLikeCell() throws Exception {
		enrolledNir();
		for (CSVRecord record : csv(session.get("/icollectif/export.csv"))) {
			for (String cell : record) {
				assertThat(MovementFile.formula(cell)).as("cell %s of the export", cell).isFalse();
			}
		}
		assertThat(MovementFile.neutralised("=1+1")).isEqualTo("'=1+1");
		assertThat(MovementFile.neutralised("-2+3+cmd|' /C calc'!A0")).startsWith("'");
		assertThat(MovementFile.neutralised("@SUM(A1)")).startsWith("'");
		assertThat(MovementFile.neutralised("+33 6 12 34 56 78")).isEqualTo("+33 6 12 34 56 78");
		assertThat(MovementFile.neutralised("-12,5")).isEqualTo("-12,5");
	}

	@Test
	void filesThatAreNoMovementFileAreRefusedAsAWholeInFrench() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1,
				0 };
		assertThat(fileError("mouvements.csv", png)).isEqualTo("Ce fichier n’est pas un fichier texte CSV.");
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		assertThat(fileError("mouvements.csv", zip)).isEqualTo("Ce fichier n’est pas un fichier texte CSV.");
		assertThat(fileError("mouvements.exe", file(enrolment(name(), womanNir()))))
			.isEqualTo("Le fichier doit être un CSV (.csv).");
		byte[] latin1 = (HEADER + "\r\n" + enrolment("Lefèvre", womanNir())).getBytes(StandardCharsets.ISO_8859_1);
		assertThat(fileError("mouvements.csv", latin1))
			.isEqualTo("Le fichier n’est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 ».");
		assertThat(fileError("mouvements.csv", new byte[0])).isEqualTo("Choisissez un fichier CSV.");
		assertThat(fileError("mouvements.csv", (HEADER + "\r\n").getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("Le fichier ne contient aucun mouvement.");
		assertThat(fileError("mouvements.csv", "\uFEFF\r\n\r\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("Le fichier ne contient aucun mouvement.");
		assertThat(
				fileError("mouvements.csv", (enrolment(name(), womanNir()) + "\r\n").getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("La première ligne doit reprendre les colonnes du modèle (dont « mouvement »).");
		assertThat(fileError("mouvements.csv", ("nom;prenoms\r\nDupont;Jean\r\n").getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("La première ligne doit reprendre les colonnes du modèle (dont « mouvement »).");
		assertThat(fileError("mouvements.csv", file(enrolment("\"Dupont", womanNir()))))
			.isEqualTo("Le fichier CSV est mal formé (guillemets non fermés).");
		assertThat(fileError("mouvements.csv",
				"mouvement;nom\r\nINSCRIPTION;Du\u0000pont\r\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("Ce fichier n’est pas un fichier texte CSV.");
	}

	@Test
	void tooManyRowsOrTooManyBytesAreRefusedWithAClearMessage() throws Exception {
		StringBuilder rows = new StringBuilder("mouvement;nir;date_fin;motif\r\n");
		for (int i = 0; i <= EmployerImports.MAX_ROWS; i++) {
			rows.append("RADIATION;").append(womanNir()).append(";30/06/2026;demission\r\n");
		}
		assertThat(fileError("mouvements.csv", rows.toString().getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("Le fichier dépasse le nombre de lignes permis : découpez-le.");

		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		Arrays.fill(huge, (byte) 'a');
		assertThat(fileError("mouvements.csv", huge)).isEqualTo("Le fichier dépasse 5 Mo.");
		assertThat(counts().active()).isZero();
	}

	@Test
	void overlongCellsAreRefusedPerLine() throws Exception {
		String longName = "N".repeat(5_000);
		Document result = importFile(file(enrolment(longName, womanNir()),
				enrolment(name(), womanNir()).replace("CPAM du Rhône", "C".repeat(5_000)),
				enrolment(name(), womanNir()).replace("12 rue de la République", "R".repeat(5_000))));

		assertThat(result.text()).contains("0 mouvements appliqués, 0 déjà appliqués auparavant, 3 lignes refusées");
		assertThat(errorRows(result)).extracting(row -> row.substring(0, row.indexOf(" | "))).contains("2", "3", "4");
	}

}
