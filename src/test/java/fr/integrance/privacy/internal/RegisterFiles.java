package fr.integrance.privacy.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: the classpath register as editable sources or as a copy in a directory.
 */
final class RegisterFiles {

	private RegisterFiles() {
	}

	/** The seed register's files with one file's text replaced through {@code edit}. */
	static List<RegisterLoader.Source> seedWith(String fileName, java.util.function.UnaryOperator<String> edit) {
		List<RegisterLoader.Source> sources = new ArrayList<>();
		for (RegisterLoader.Source source : RegisterLoader.fromClasspath()) {
			if (source.name().endsWith("/" + fileName)) {
				String text = edit.apply(new String(source.content(), StandardCharsets.UTF_8));
				sources.add(new RegisterLoader.Source(source.name(), text.getBytes(StandardCharsets.UTF_8)));
			}
			else {
				sources.add(source);
			}
		}
		return sources;
	}

	/** Writes sources into {@code directory} under their file names. */
	static Path writeTo(Path directory, List<RegisterLoader.Source> sources) throws IOException {
		for (RegisterLoader.Source source : sources) {
			String name = source.name().substring(source.name().lastIndexOf('/') + 1);
			Files.write(directory.resolve(name), source.content());
		}
		return directory;
	}

}
