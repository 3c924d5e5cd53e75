package app.securebase.testsupport;

import java.util.concurrent.Callable;

/**
 * What a piece of work run under {@code @RunAs} gave: its value or what it threw. The run-as beans never let an
 * exception out of their method: Payara can leave a run-as identity on a pooled request thread when a run-as
 * invocation ends in an exception, and a later web request on that thread would then be authorised as the run-as
 * role instead of the person signed in. The {@code As*} helpers rethrow outside the run-as bean.
 */
public record RunAsAttempt(Object value, Exception failure) {

    static RunAsAttempt of(Callable<?> work) {
        try {
            return new RunAsAttempt(work.call(), null);
        } catch (Exception e) {
            return new RunAsAttempt(null, e);
        }
    }

    @SuppressWarnings("unchecked")
    <T> T get() throws Exception {
        if (failure != null) {
            throw failure;
        }
        return (T) value;
    }
}
