package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every audience has its space, contributed by its channel with its security chain: no
 * role signs in to nowhere.
 */
@IdentityIntegrationTest
class SpacesTests {

	@Autowired
	Spaces spaces;

	@Test
	void everyAudienceHasASpaceOfItsOwn() {
		assertThat(Arrays.stream(Audience.values()).map(spaces::of))
			.allSatisfy(space -> assertThat(space.homePath()).startsWith("/"))
			.extracting(Space::homePath)
			.doesNotHaveDuplicates();
		assertThat(Arrays.stream(Role.values()).map(role -> spaces.of(role.audience()).audience()))
			.containsExactly(Audience.values());
	}

}
