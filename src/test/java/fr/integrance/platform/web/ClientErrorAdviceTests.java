package fr.integrance.platform.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.integrance.platform.BadRequestException;
import fr.integrance.platform.NotFoundException;
import fr.integrance.platform.TypedId;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Typed ids come straight from the URL, and an unknown, foreign or malformed id is one
 * and the same 404, through one advice; another malformed parameter stays a 400.
 */
class ClientErrorAdviceTests {

	static final UUID KNOWN = UUID.fromString("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");

	public record ThingId(UUID value) implements TypedId {
	}

	@RestController
	static class ThingController {

		@GetMapping("/things/{id}")
		String show(@PathVariable ThingId id) {
			if (!KNOWN.equals(id.value())) {
				throw new NotFoundException("Unknown thing " + id.value());
			}
			return "thing " + id.value();
		}

		@GetMapping("/things/choice")
		String choice(@RequestParam String action) {
			throw new BadRequestException("unknown action");
		}

		@GetMapping("/things")
		String page(@RequestParam ThingId id, @RequestParam int page) {
			return id.value() + " " + page;
		}

	}

	private final MockMvc mvc = mvc();

	private static MockMvc mvc() {
		FormattingConversionService conversions = new FormattingConversionService();
		conversions.addConverter(new TypedIdConverter());
		return MockMvcBuilders.standaloneSetup(new ThingController())
			.setConversionService(conversions)
			.setControllerAdvice(new ClientErrorAdvice())
			.build();
	}

	@Test
	void showWhenKnownIdThenConvertsFromThePath() throws Exception {
		mvc.perform(get("/things/" + KNOWN)).andExpect(status().isOk()).andExpect(content().string("thing " + KNOWN));
	}

	@Test
	void showWhenUnknownIdThenNotFound() throws Exception {
		mvc.perform(get("/things/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void showWhenMalformedIdThenNotFoundToo() throws Exception {
		mvc.perform(get("/things/not-a-uuid")).andExpect(status().isNotFound());
		mvc.perform(get("/things/" + KNOWN + "x")).andExpect(status().isNotFound());
	}

	@Test
	void pageWhenMalformedIdParameterThenNotFound() throws Exception {
		mvc.perform(get("/things").param("id", "1234").param("page", "1")).andExpect(status().isNotFound());
	}

	@Test
	void choiceWhenNoFormOffersTheValueThenBadRequest() throws Exception {
		mvc.perform(get("/things/choice").param("action", "forged")).andExpect(status().isBadRequest());
	}

	@Test
	void pageWhenOtherParameterMalformedThenBadRequest() throws Exception {
		mvc.perform(get("/things").param("id", KNOWN.toString()).param("page", "two"))
			.andExpect(status().isBadRequest());
	}

}
