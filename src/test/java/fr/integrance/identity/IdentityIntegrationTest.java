package fr.integrance.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import fr.integrance.IntegrationTest;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.MutableClock;

/**
 * The whole application with MockMvc, a clock the test moves, and {@link TestAccounts}.
 * Every identity test uses the same set, so that they share one application context.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@IntegrationTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, TestAccounts.class })
public @interface IdentityIntegrationTest {

}
