package app.securebase.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One practice-wide setting an admin changes at run time (as opposed to deployment configuration). */
@Entity
@Table(name = "practice_setting")
public class PracticeSetting {

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false)
    private String value;

    @Version
    private long version;

    protected PracticeSetting() {
        // for JPA
    }

    public PracticeSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
