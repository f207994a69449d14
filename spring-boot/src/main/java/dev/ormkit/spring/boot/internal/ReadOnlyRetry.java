package dev.ormkit.spring.boot.internal;

import dev.ormkit.core.replica.FreshReads;
import dev.ormkit.core.replica.internal.ReadOnlyTransactions;
import dev.ormkit.core.replica.internal.Replica;
import dev.ormkit.core.replica.internal.ReplicaSet;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an outermost {@code @Transactional(readOnly = true)} method once more, on the primary, when the replica
 * that served it failed under it (connection lost, server stopped, a query cancelled by recovery) — the Spring
 * counterpart of what {@code OrmKit.fromReadOnlyTransaction} does, so that no request fails because a replica
 * went away. Ordered just outside Spring's transaction interceptor, so the retry is a new transaction. The
 * method must be safe to repeat, as read-only work is; a method joining an outer transaction is not retried
 * (the outer one decides).
 */
final class ReadOnlyRetry implements MethodInterceptor {

    private final ReplicaRouting routing;

    ReadOnlyRetry(ReplicaRouting routing) {
        this.routing = routing;
    }

    static DefaultPointcutAdvisor advisor(ReplicaRouting routing) {
        TransactionAttributeSource attributes = new AnnotationTransactionAttributeSource(false);
        StaticMethodMatcherPointcut readOnly = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                TransactionAttribute attribute = attributes.getTransactionAttribute(method, targetClass);
                return attribute != null && attribute.isReadOnly();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(readOnly, new ReadOnlyRetry(routing));
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        ReplicaSet replicas = routing.replicas();
        if (replicas == null || TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        MethodInvocation retry = proxied.invocableClone();
        replicas.forgetServed();
        try {
            return invocation.proceed();
        } catch (Throwable failure) {
            Replica replica = replicas.lastServed();
            String state = ReadOnlyTransactions.replicaFailure(failure);
            if (replica == null || state == null) {
                throw failure;
            }
            if (!state.equals("40001")) {
                replicas.failed(replica, failure);
            }
            replicas.forgetServed();
            try {
                return FreshReads.call(() -> proceed(retry));
            } catch (Retried again) {
                again.getCause().addSuppressed(failure);
                throw again.getCause();
            }
        } finally {
            replicas.forgetServed();
        }
    }

    private static @Nullable Object proceed(MethodInvocation invocation) {
        try {
            return invocation.proceed();
        } catch (Throwable failure) {
            throw new Retried(failure);
        }
    }

    /** Carries a checked failure of the retry through {@code FreshReads.call}. */
    private static final class Retried extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Retried(Throwable cause) {
            super(cause);
        }

        @Override
        public synchronized Throwable getCause() {
            return super.getCause();
        }
    }
}
