package fr.integrance.website.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * Public, read-only exports of the processing register: JSON (with its hand-written JSON
 * Schema), the Art. 30 record as CSV, and W3C DPV JSON-LD. Anonymous GETs only: the
 * register names no person.
 */
@RestController
@RequestMapping("/api/v1/register")
class RegisterApiController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
	static final MediaType JSON_SCHEMA = MediaType.parseMediaType("application/schema+json");
	static final String SCHEMA_RESOURCE = "privacy/register.schema.json";

	private final ProcessingRegister register;

	private final RegisterExports exports;

	private final byte[] schema;

	RegisterApiController(ProcessingRegister register, RegisterExports exports) throws IOException {
		this.register = register;
		this.exports = exports;
		try (InputStream in = new ClassPathResource(SCHEMA_RESOURCE).getInputStream()) {
			this.schema = in.readAllBytes();
		}
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	Register register() {
		return register.current();
	}

	@GetMapping("/schema")
	ResponseEntity<byte[]> schema() {
		return ResponseEntity.ok().contentType(JSON_SCHEMA).body(schema);
	}

	@GetMapping("/art30.csv")
	ResponseEntity<String> art30() {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("registre-art30.csv").build().toString())
			.body(exports.art30Csv(register.current()));
	}

	@GetMapping("/dpv.jsonld")
	ResponseEntity<Map<String, Object>> dpv() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/register").toUriString();
		return ResponseEntity.ok().contentType(JSON_LD).body(exports.dpvJsonLd(register.current(), base));
	}

}
