package fr.integrance.platform;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * A set of demo data that a module loads in the embedded profile, declared by
 * {@link DemoData} on its class. Each contributor runs once per database: the seeder
 * records its {@link #id()} and never runs it again, so a restart keeps what a newcomer
 * changed. Never active in the {@code prod} profile.
 */
public interface DemoDataContributor {

	/** The stable identifier, recorded once the data is loaded. */
	default String id() {
		return declaration().id();
	}

	/** Contributors run in ascending order (people before contracts, say). */
	default int order() {
		return declaration().order();
	}

	/** Loads the data; runs inside a transaction together with the record that it ran. */
	void seed();

	private DemoData declaration() {
		Class<?> type = ClassUtils.getUserClass(getClass());
		DemoData declaration = AnnotatedElementUtils.findMergedAnnotation(type, DemoData.class);
		if (declaration == null) {
			throw new IllegalStateException(type.getName() + " declares no @DemoData (id and order)");
		}
		return declaration;
	}

}
