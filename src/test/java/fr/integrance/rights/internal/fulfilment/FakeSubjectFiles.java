package fr.integrance.rights.internal.fulfilment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.SubjectFile;
import fr.integrance.privacy.SubjectFiles;

/**
 * A module that keeps files of subjects, for the tests of the access archive while the
 * documents module's implementation is written apart: each file is a repeated text
 * written in chunks (never whole in memory), so that big files can be tested too.
 */
class FakeSubjectFiles implements SubjectFiles {

	static final String MODULE = "testfiles";

	/** The content of one file: {@code text} repeated {@code times}. */
	record Content(String text, int times) {
	}

	private final Map<String, List<SubjectFile>> files = new ConcurrentHashMap<>();

	private final Map<String, Content> contents = new ConcurrentHashMap<>();

	void add(DataSubjectRef subject, String path, String text, int times) {
		String id = subject.id() + "/" + path;
		long size = (long) text.getBytes(StandardCharsets.UTF_8).length * times;
		files.computeIfAbsent(subject.journalRef(), s -> new ArrayList<>())
			.add(new SubjectFile(MODULE, "documents", id, path, "text/plain", size));
		contents.put(id, new Content(text, times));
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	public List<SubjectFile> files(DataSubjectRef subject) {
		return List.copyOf(files.getOrDefault(subject.journalRef(), List.of()));
	}

	@Override
	public void copy(SubjectFile file, OutputStream out) throws IOException {
		Content content = contents.get(file.id());
		if (content == null) {
			throw new IOException("Unknown file");
		}
		byte[] chunk = content.text().getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < content.times(); i++) {
			out.write(chunk);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		FakeSubjectFiles fakeSubjectFiles() {
			return new FakeSubjectFiles();
		}

	}

}
