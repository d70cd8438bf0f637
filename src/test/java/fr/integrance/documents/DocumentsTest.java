package fr.integrance.documents;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import fr.integrance.IntegrationTest;
import fr.integrance.testsupport.MutableClockConfiguration;

/**
 * The whole application, a clock the test moves, small limits (6 KB a file, 16 KB a
 * space) and {@link DocumentsTestConfiguration}: one context for every documents test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@IntegrationTest
@Import({ MutableClockConfiguration.class, DocumentsTestConfiguration.class })
@TestPropertySource(properties = { "app.documents.max-file-bytes=6KB", "app.documents.space-quota-bytes=16KB" })
public @interface DocumentsTest {

}
