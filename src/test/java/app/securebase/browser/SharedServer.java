package app.securebase.browser;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts one Payara Micro with the built WAR for all browser tests of the run, and stops it when the run ends.
 *
 * <p>Booting Micro costs ~15 s, so the browser journeys share one server rather than one per class (Arquillian's
 * model). It is the same jar and WAR the run command uses, configured by the environment the build passes (database,
 * demo mode), and the tests wait for the application's own readiness check, not just an open port.
 */
public final class SharedServer {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private SharedServer() {
    }

    /**
     * The application's root URL, ending in a slash; starts the server on first use. It lives in the root store, so
     * JUnit stops it once the whole run is over.
     */
    public static URI baseUri(ExtensionContext context) {
        return context.getRoot().getStore(Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, key -> Server.start("browser-server", Map.of()), Server.class).base;
    }

    /**
     * A server for the calling test class alone, started with extra environment variables: settings the shared
     * server must not have (a one-minute session timeout, say). It gets an H2 database of its own when the build uses
     * H2 (one H2 file cannot be opened by two servers), logs to {@code target/<name>.log} and stops after the class.
     */
    public static URI ownServer(ExtensionContext context, String name, Map<String, String> environment) {
        return context.getStore(Namespace.create(SharedServer.class, name))
                .getOrComputeIfAbsent(Server.class, key -> Server.start(name, environment), Server.class).base;
    }

    /**
     * Stops the own server {@code name} that {@link #ownServer} started for the calling class and starts it again with
     * {@code environment} (the same database): for tests of what must survive a restart. The stopped server's log is
     * kept as {@code target/<name>-before-restart.log}. The new one answers on another port.
     */
    public static URI restartOwnServer(ExtensionContext context, String name, Map<String, String> environment) {
        Namespace namespace = Namespace.create(SharedServer.class, name);
        for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
            Server running = at.getStore(namespace).remove(Server.class, Server.class);
            if (running != null) {
                running.close();
                try {
                    Files.copy(Path.of("target", name + ".log"), Path.of("target", name + "-before-restart.log"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new IllegalStateException("could not keep the log of " + name, e);
                }
                return at.getStore(namespace)
                        .getOrComputeIfAbsent(Server.class, key -> Server.start(name, environment), Server.class).base;
            }
        }
        throw new IllegalStateException("no own server " + name + " was started");
    }

    static final class Server implements ExtensionContext.Store.CloseableResource {

        final URI base;
        private final Process process;

        private Server(URI base, Process process) {
            this.base = base;
            this.process = process;
        }

        static Server start(String name, Map<String, String> environment) {
            try {
                int port = freePort();
                Path log = Path.of("target", name + ".log");
                Files.createDirectories(log.getParent());
                // The run command's options and config files, so the journeys test what ships.
                ProcessBuilder builder = new ProcessBuilder(List.of(
                        javaExecutable(), "-Xmx512m", "-jar", required("securebase.microJar"),
                        "--nocluster", "--disablephonehome", "--port", String.valueOf(port),
                        "--systemproperties", "config/payara-micro.properties",
                        "--prebootcommandfile", "config/pre-boot-commands.asadmin",
                        "--postbootcommandfile", "config/post-boot-commands.asadmin",
                        "--contextroot", "/", "--deploy", required("securebase.war")))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                builder.environment().put("SECUREBASE_HTTP_ADDRESS", "127.0.0.1");
                builder.environment().putAll(withOwnH2(name, environment));
                Process process = builder.start();
                Server server = new Server(URI.create("http://127.0.0.1:" + port + "/"), process);
                server.awaitReady(log);
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("could not start Payara Micro", e);
            }
        }

        private void awaitReady(Path log) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
            Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited during start-up; see " + log.toAbsolutePath());
                }
                try {
                    HttpResponse<Void> answer = http.send(ready, HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() == 200 && isUp(http)) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                pause();
            }
            close();
            throw new IllegalStateException("SecureBase was not ready within " + STARTUP_TIMEOUT + "; see " + log.toAbsolutePath());
        }

        /** Readiness alone can answer 200 before the application is deployed; the login page cannot. */
        private boolean isUp(HttpClient http) throws IOException, InterruptedException {
            HttpRequest login = HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(Duration.ofSeconds(10)).build();
            return http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }

        private static void pause() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String required(String property) {
            String value = System.getProperty(property);
            if (value == null || !new File(value).isFile()) {
                throw new IllegalStateException("system property " + property + " must name an existing file (run through Maven)");
            }
            return value;
        }

        /** For a second server: the same database settings, but a separate file if the database is H2. */
        private static Map<String, String> withOwnH2(String name, Map<String, String> environment) {
            Map<String, String> result = new HashMap<>(environment);
            String url = System.getenv("DB_URL");
            if (!"browser-server".equals(name) && url != null && url.startsWith("jdbc:h2:file:")) {
                int options = url.indexOf(';');
                Path file = Path.of("target", name + "-db", "securebase").toAbsolutePath();
                result.putIfAbsent("DB_URL", "jdbc:h2:file:" + file + (options < 0 ? "" : url.substring(options)));
            }
            return result;
        }

        private static String javaExecutable() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
