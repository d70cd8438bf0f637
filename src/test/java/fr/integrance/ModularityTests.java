package fr.integrance;

import java.lang.reflect.Parameter;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.WebAsyncTask;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import fr.integrance.platform.TypedId;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The module boundaries of DESIGN.md §3 hold (Spring Modulith), the one module shape of
 * the README holds (ArchUnit rules below, over the main and the test classes), and the
 * module documentation is written under target/.
 */
class ModularityTests {

	/** The modules that serve pages and APIs: the only ones with controllers. */
	static final Set<String> CHANNELS = Set.of("website", "memberspace", "employerspace", "guardianspace", "backoffice",
			"dpo", "signin");

	private static final Pattern MODULE = Pattern.compile("^fr\\.integrance\\.([a-z]+)(\\..*)?$");

	private static final String APPLICATION = "fr.integrance";

	/** The bodies Spring MVC writes on another thread than the request's. */
	private static final Set<Class<?>> ASYNC_BODIES = Set.of(StreamingResponseBody.class, Callable.class,
			DeferredResult.class, WebAsyncTask.class, ResponseBodyEmitter.class, CompletionStage.class, Future.class);

	private final ApplicationModules modules = ApplicationModules.of(IntegranceApplication.class);

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(APPLICATION);

	private static final JavaClasses ALL = new ClassFileImporter().importPackages(APPLICATION);

	@Test
	void modulesRespectTheirAllowedDependencies() {
		modules.verify();
	}

	@Test
	void noClassReachesIntoAnotherModulesInternalsTestsIncluded() {
		classes().should(reachOnlyTheirOwnModulesInternals()).check(ALL);
	}

	@Test
	void controllersLiveOnlyInChannels() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should(beInAChannel(true))
			.check(MAIN);
	}

	@Test
	void noEntityNorRepositoryInAChannel() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.should(beInAChannel(false))
			.check(MAIN);
	}

	@Test
	void theApiOfAModuleHoldsNoEntityNorRepository() {
		noClasses().that(areInAModulesApiPackage())
			.should()
			.beAnnotatedWith(Entity.class)
			.orShould()
			.beAssignableTo(Repository.class)
			.check(MAIN);
	}

	@Test
	void theApiOfADomainOrKernelModuleHoldsNoImplementation() {
		noClasses().that(areInAModulesApiPackage())
			.and(areOutsideChannelsAndPlatform())
			.should()
			.beAnnotatedWith(Component.class)
			.orShould()
			.beMetaAnnotatedWith(Component.class)
			.because("a module's top package is its API; its beans live in its internal package")
			.check(MAIN);
		classes().that(areInAModulesApiPackage())
			.and(areOutsideChannelsAndPlatform())
			.and()
			.areTopLevelClasses()
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.bePublic()
			.because("a module's top package holds only what other modules may use")
			.check(MAIN);
	}

	@Test
	void everyScheduledJobHoldsTheClusterLock() {
		methods().that().areAnnotatedWith(Scheduled.class).should(holdTheClusterLock()).check(MAIN);
	}

	@Test
	void crossModuleEventsAreConsumedThroughTheRegistry() {
		noMethods().should()
			.beAnnotatedWith(TransactionalEventListener.class)
			.because("listeners use @ApplicationModuleListener, whose publications the JDBC registry keeps")
			.check(MAIN);
	}

	@Test
	void onlyNotificationSendsMail() {
		noClasses().that()
			.resideOutsideOfPackage("fr.integrance.notification..")
			.and()
			.resideOutsideOfPackage("fr.integrance.platform..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JavaMailSender.class)
			.because("mail goes through notification's outbox")
			.check(MAIN);
	}

	@Test
	void onlyPlatformBuildsTheFranceZone() {
		noClasses().that()
			.resideOutsideOfPackage("fr.integrance.platform..")
			.should()
			.callMethod(ZoneId.class, "of", String.class)
			.check(ALL);
	}

	@Test
	void notFoundIsNeverBuiltByHand() {
		noClasses().that()
			.resideOutsideOfPackage("fr.integrance.platform..")
			.should()
			.callConstructorWhere(constructorOf(ResponseStatusException.class))
			.because("an unknown id is a module's NotFoundException, rendered by the one advice")
			.check(MAIN);
	}

	@Test
	void pathVariablesNamingAnIdAreTyped() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Controller.class)
			.or()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.should(takeTypedIdsAsPathVariables())
			.check(MAIN);
	}

	/**
	 * A body written on another thread (a {@code StreamingResponseBody}, a
	 * {@code Callable}, a deferred result, an emitter) races the filters that still set
	 * headers on the same response on the request's thread: CI once failed on it. Every
	 * download returns a resource or bytes instead.
	 */
	@Test
	void noControllerAnswersOnAnotherThread() {
		noMethods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Controller.class)
			.or()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.should(new ArchCondition<>("return an asynchronous body, even inside a ResponseEntity") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					method.getReturnType()
						.getAllInvolvedRawTypes()
						.stream()
						.filter(type -> ASYNC_BODIES.stream().anyMatch(type::isAssignableTo))
						.forEach(type -> events.add(SimpleConditionEvent.satisfied(method,
								method.getFullName() + " returns " + type.getName())));
				}
			})
			.because("the filters write the response's headers on the request's thread")
			.check(MAIN);
	}

	/**
	 * NullAway checks only the {@code @NullMarked} packages: a new package without the
	 * annotation would silently escape it.
	 */
	@Test
	void everyPackageIsNullMarkedSoThatNullAwayChecksIt() {
		classes().should(new ArchCondition<>("live in a @NullMarked package") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
					events.add(SimpleConditionEvent.violated(type,
							type.getPackageName() + " has no @NullMarked package-info"));
				}
			}
		}).check(MAIN);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

	/**
	 * The module a package belongs to, empty for the application package and test-only
	 * packages.
	 */
	static Optional<String> moduleOf(String packageName) {
		Matcher matcher = MODULE.matcher(packageName);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static boolean isInternal(String packageName) {
		Matcher matcher = MODULE.matcher(packageName);
		return matcher.matches() && matcher.group(2) != null
				&& (matcher.group(2).equals(".internal") || matcher.group(2).startsWith(".internal."));
	}

	private static ArchCondition<JavaClass> reachOnlyTheirOwnModulesInternals() {
		return new ArchCondition<>("reach only their own module's internal packages") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				Optional<String> own = moduleOf(origin.getPackageName());
				origin.getDirectDependenciesFromSelf().forEach(dependency -> {
					JavaClass target = dependency.getTargetClass();
					String targetPackage = target.getPackageName();
					if (isInternal(targetPackage) && !moduleOf(targetPackage).equals(own)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				});
			}
		};
	}

	/**
	 * A scheduled method carries {@code @SchedulerLock}, or is a trigger whose every call
	 * into the application goes to a method that carries it (a job that tests call
	 * directly).
	 */
	private static ArchCondition<JavaMethod> holdTheClusterLock() {
		return new ArchCondition<>("hold the cluster lock (@SchedulerLock) themselves or through the job they call") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				if (method.isAnnotatedWith(SchedulerLock.class)) {
					return;
				}
				var calls = method.getMethodCallsFromSelf()
					.stream()
					.filter(call -> call.getTargetOwner().getPackageName().startsWith(APPLICATION + "."))
					.toList();
				boolean locked = !calls.isEmpty() && calls.stream()
					.allMatch(call -> call.getTarget()
						.resolveMember()
						.map(target -> target.isAnnotatedWith(SchedulerLock.class))
						.orElse(false));
				if (!locked) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName()
							+ " is scheduled without @SchedulerLock, on itself or on the job it calls"));
				}
			}
		};
	}

	private static ArchCondition<JavaClass> beInAChannel(boolean expected) {
		return new ArchCondition<>(expected ? "be in a channel module" : "be outside the channel modules") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				boolean inChannel = moduleOf(item.getPackageName()).filter(CHANNELS::contains).isPresent();
				events.add(new SimpleConditionEvent(item, inChannel == expected,
						item.getName() + (inChannel ? " is in a channel" : " is not in a channel")));
			}
		};
	}

	private static DescribedPredicate<JavaClass> areOutsideChannelsAndPlatform() {
		return DescribedPredicate.describe("are outside the channels and the platform",
				type -> moduleOf(type.getPackageName())
					.filter(module -> !CHANNELS.contains(module) && !module.equals("platform"))
					.isPresent());
	}

	private static DescribedPredicate<JavaClass> areInAModulesApiPackage() {
		return DescribedPredicate.describe("are in a module's API package",
				type -> type.getPackageName().matches("fr\\.integrance\\.[a-z]+"));
	}

	private static DescribedPredicate<JavaConstructorCall> constructorOf(Class<?> type) {
		return DescribedPredicate.describe("a constructor of " + type.getSimpleName(),
				call -> call.getTargetOwner().isAssignableTo(type));
	}

	private static ArchCondition<JavaMethod> takeTypedIdsAsPathVariables() {
		return new ArchCondition<>("take the ids of their path as typed ids") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				for (Parameter parameter : method.reflect().getParameters()) {
					PathVariable variable = parameter.getAnnotation(PathVariable.class);
					if (variable == null) {
						continue;
					}
					String name = !variable.value().isEmpty() ? variable.value()
							: !variable.name().isEmpty() ? variable.name() : parameter.getName();
					boolean namesAnId = name.equals("id") || name.endsWith("Id");
					if (namesAnId && !TypedId.class.isAssignableFrom(parameter.getType())) {
						events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes the path id '"
								+ name + "' as " + parameter.getType().getSimpleName() + ", not as a typed id"));
					}
				}
			}
		};
	}

}
