package app.securebase.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Faces messages from the resource bundle ({@code #{msg}}), so backing beans never hold user-facing text. */
public final class Texts {

    private Texts() {
    }

    public static String get(String key, Object... params) {
        ResourceBundle bundle = Faces.getResourceBundle("msg");
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(params);
    }

    public static void error(String key, Object... params) {
        Messages.addGlobalError(escapeBraces(get(key, params)));
    }

    public static void error(String clientId, String key, Object... params) {
        Messages.addError(clientId, escapeBraces(get(key, params)));
    }

    public static void info(String key, Object... params) {
        Messages.addGlobalInfo(escapeBraces(get(key, params)));
    }

    public static void flashInfo(String key, Object... params) {
        Messages.addFlashGlobalInfo(escapeBraces(get(key, params)));
    }

    /** OmniFaces formats messages again; text already formatted must pass through unchanged. */
    private static String escapeBraces(String text) {
        return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }
}
