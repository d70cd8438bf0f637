package fr.integrance.rights.internal.fulfilment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import fr.integrance.identity.IdentityIntegrationTest;

/**
 * The whole application as the identity tests run it, with {@link FakeSubjectFiles}: one
 * context for every fulfilment test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@IdentityIntegrationTest
@Import(FakeSubjectFiles.Configuration.class)
@interface FulfilmentTest {

}
