package no.legevakttilskudd.felles.local;

import java.lang.reflect.Proxy;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Makes a stopped {@code ./mvnw quarkus:dev} end with «BUILD SUCCESS». Quarkus' Maven plugin runs the application in a
 * JVM of its own and, when Maven is stopped by a signal (kill, an IDE's stop button, Ctrl-C in a terminal the console
 * could not take over), stops that JVM with SIGTERM; it then counts only exit codes 0 and 130 (Ctrl-C) as a normal end,
 * so SIGTERM's usual 143 turns an ordinary stop into «BUILD FAILURE». Here SIGTERM ends the dev JVM as Ctrl-C does: the
 * same shutdown hooks (Keycloak and PostgreSQL stop), exit code 130. Dev mode only; production keeps the JVM's own.
 *
 * <p>{@code sun.misc.Signal} is reached by reflection: a direct use makes javac warn on every build.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DevModeExit {

    private static final int CTRL_C = 130;
    private static final Logger LOG = Logger.getLogger(DevModeExit.class.getName());

    void onStart(@Observes StartupEvent event) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object exitAsCtrlC = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            System.exit(CTRL_C);
                            yield null;
                        }
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> "SIGTERM som Ctrl-C";
                    });
            signal.getMethod("handle", signal, handler).invoke(null, signal.getConstructor(String.class).newInstance("TERM"),
                    exitAsCtrlC);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Only the exit code differs without it; dev mode works the same.
            LOG.log(Level.FINE, "SIGTERM keeps the JVM's own exit code in dev mode", e);
        }
    }
}
