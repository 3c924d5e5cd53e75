import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Container health probe for the SecureBase image (docker/Dockerfile HEALTHCHECK).
 *
 * The payara/micro base image is not guaranteed to ship curl or wget, but it always has java,
 * so the probe is a tiny class compiled in the build stage. Exit code 0 only when the URL
 * (default: the MicroProfile Health readiness endpoint) answers 200; any other status,
 * a timeout or a refused connection gives 1, which is what HEALTHCHECK expects.
 * With a failed deployment Payara answers 503 or 404 there, so the container turns unhealthy.
 */
public final class HealthCheck {

    private HealthCheck() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/health/ready";
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(3000);
            connection.setReadTimeout(4000);
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            int status = connection.getResponseCode();
            connection.disconnect();
            if (status == 200) {
                System.exit(0);
            }
            System.err.println("unhealthy: HTTP " + status + " from " + url);
        } catch (Exception e) {
            System.err.println("unhealthy: " + e + " for " + url);
        }
        System.exit(1);
    }
}
