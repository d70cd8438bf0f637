package fr.integrance.memberspace;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.memberspace.MemberOverview.AttestationData;
import fr.integrance.platform.NotFoundException;

/**
 * The member's « attestation d'adhésion », made on demand for the signed-in member's own
 * active contract (the URLs name no id): {@code /iadherent/attestation} as a PDF to
 * download, {@code /iadherent/attestation/carte} as a page to print. 404 when the account
 * has no person or the person holds no active contract (a dependant, a suspended
 * contract…). Not journaled: a member reading their own file is not, by the audit
 * journal's conventions (staff reads are; this module does not depend on the journal).
 */
@Controller
@RequestMapping(MemberAttestationController.PATH)
@RequiredArgsConstructor
class MemberAttestationController {

	static final String PATH = "/iadherent/attestation";

	static final String CARD_VIEW = "memberspace/attestation-carte";

	private final MemberOverview overview;

	private final AttestationPdf pdf;

	@ModelAttribute("audience")
	String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

	@GetMapping
	ResponseEntity<byte[]> download(AuthenticatedUser member, Locale locale) {
		AttestationData data = attestation(member, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("attestation-adhesion-" + data.memberNumberDigits() + ".pdf")
						.build()
						.toString())
			.cacheControl(CacheControl.noStore())
			.body(pdf.render(data, locale));
	}

	@GetMapping("/carte")
	String card(AuthenticatedUser member, Locale locale, Model model) {
		model.addAttribute("attestation", attestation(member, locale));
		return CARD_VIEW;
	}

	private AttestationData attestation(AuthenticatedUser member, Locale locale) {
		return member.person()
			.flatMap(person -> overview.attestation(person, locale))
			.orElseThrow(() -> new NotFoundException("attestation"));
	}

}
