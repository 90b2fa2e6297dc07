package io.jcompose.tests.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Backs {@link RequiresEngine}: one shared, once-pinged engine connection for the whole test run. */
public final class EngineExtension implements ExecutionCondition, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EngineExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        TestEngine engine = shared(context);
        if (engine.reachable()) {
            return ConditionEvaluationResult.enabled("engine at " + engine.client().endpoint().host());
        }
        String message = "No Docker engine for the integration tests: " + engine.unreachableReason();
        if (mustRun()) {
            throw new IllegalStateException(message
                    + "\nIntegration tests must run here (CI is set or -Djcompose.requireEngine=true).");
        }
        System.err.println("SKIPPED " + context.getDisplayName() + ". " + message);
        return ConditionEvaluationResult.disabled(message);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestEngine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    private static TestEngine shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TestEngine.class, type -> TestEngine.connect(), TestEngine.class);
    }

    private static boolean mustRun() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")
                || Boolean.getBoolean("jcompose.requireEngine");
    }
}
