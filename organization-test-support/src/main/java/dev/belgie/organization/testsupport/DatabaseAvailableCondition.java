package dev.belgie.organization.testsupport;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a class of {@link OnDatabase} when its server is not available, or fails it under
 * {@code CI=true}: a CI run never passes with a database suite silently skipped.
 */
final class DatabaseAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<Class<?>> testClass = context.getTestClass();
		if (testClass.isEmpty()) {
			return ConditionEvaluationResult.enabled("not a class");
		}
		DatabaseKind kind = TestDatabases.kindOf(testClass.get());
		Optional<String> unavailable = TestDatabases.unavailable(kind);
		if (unavailable.isEmpty()) {
			return ConditionEvaluationResult.enabled(kind.product() + " is available");
		}
		if (TestDatabases.isCi()) {
			throw new IllegalStateException(unavailable.get() + " (CI=true, so this is a failure, not a skip)");
		}
		return ConditionEvaluationResult.disabled(unavailable.get());
	}

}
