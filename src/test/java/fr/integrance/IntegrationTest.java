package fr.integrance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the whole application against its database. Tagged {@code integration}: the
 * PostgreSQL suite of {@code .ci/run} runs every such test again on PostgreSQL.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@Tag("integration")
public @interface IntegrationTest {

}
