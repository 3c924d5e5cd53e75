package app.securebase.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, found once. {@code Json.createObjectBuilder()} and its siblings look the provider up on every
 * call (a service-loader scan), which showed up in the load test; the provider itself is thread-safe.
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
