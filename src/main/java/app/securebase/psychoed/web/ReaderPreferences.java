package app.securebase.psychoed.web;

import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The reader's text size: a step above normal, kept on the account so it follows the person to every device. The
 * page marks the step with a class that the style sheet reads ({@code .sb-reader:has(.sb-text-step-N)}), so
 * changing it re-renders one tiny element and no typed answer.
 */
@Named
@RequestScoped
public class ReaderPreferences {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    private Integer step;

    public int getStep() {
        if (step == null) {
            step = currentUser.account().map(Account::getReaderTextStep).orElse(0);
        }
        return step;
    }

    public boolean isSmallest() {
        return getStep() == 0;
    }

    public boolean isLargest() {
        return getStep() >= Account.READER_TEXT_STEPS;
    }

    public void larger() {
        step = accounts.chooseReaderTextStep(getStep() + 1);
    }

    public void smaller() {
        step = accounts.chooseReaderTextStep(getStep() - 1);
    }
}
