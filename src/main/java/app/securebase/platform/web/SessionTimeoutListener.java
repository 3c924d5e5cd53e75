package app.securebase.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Gives every new session the configured idle timeout ({@link SessionTimeout}), and refuses to start the application
 * when that setting is invalid rather than running with a timeout nobody chose.
 */
@WebListener
public class SessionTimeoutListener implements ServletContextListener, HttpSessionListener {

    @Inject
    SessionTimeout timeout;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // Reading the bean reads and checks the settings: a wrong one fails the deployment, not the first sign-in.
        timeout.getTimeoutSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(timeout.getTimeoutSeconds());
    }
}
