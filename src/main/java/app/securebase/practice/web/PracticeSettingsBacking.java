package app.securebase.practice.web;

import app.securebase.platform.web.Texts;
import app.securebase.practice.PracticeSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs {@code /admin/settings.xhtml}: practice-wide rules an admin switches at run time. */
@Named
@ViewScoped
public class PracticeSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PracticeSettings settings;

    private boolean mfaRequiredForStaff;

    @PostConstruct
    void load() {
        mfaRequiredForStaff = settings.isMfaRequiredForStaff();
    }

    public void save() {
        if (settings.setMfaRequiredForStaff(mfaRequiredForStaff)) {
            Texts.info("admin.settings.saved");
        } else {
            mfaRequiredForStaff = false;
            Texts.error("admin.settings.mfaFirst");
        }
    }

    public boolean isMfaRequiredForStaff() {
        return mfaRequiredForStaff;
    }

    public void setMfaRequiredForStaff(boolean mfaRequiredForStaff) {
        this.mfaRequiredForStaff = mfaRequiredForStaff;
    }
}
