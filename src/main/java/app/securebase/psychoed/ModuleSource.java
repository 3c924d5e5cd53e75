package app.securebase.psychoed;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One entry of a module's sources list: a paper, article or book it draws on. */
@Embeddable
public class ModuleSource implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 500)
    private String author;

    /** The journal for a paper, the publisher for an article or book. */
    @Column(length = 300)
    private String container;

    @Column(name = "pub_year")
    private Integer year;

    @Column(length = 1000)
    private String url;

    @Column(length = 200)
    private String doi;

    protected ModuleSource() {
    }

    public ModuleSource(String title, String author, String container, Integer year, String url, String doi) {
        this.title = title;
        this.author = author;
        this.container = container;
        this.year = year;
        this.url = url;
        this.doi = doi;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getContainer() {
        return container;
    }

    public Integer getYear() {
        return year;
    }

    public String getUrl() {
        return url;
    }

    public String getDoi() {
        return doi;
    }

    /** The source as one line of text, as a clinician would write it in a duplicated module. */
    public String citation() {
        StringBuilder line = new StringBuilder();
        if (author != null) {
            line.append(author).append(' ');
        }
        line.append(title);
        if (container != null) {
            line.append(". ").append(container);
        }
        if (year != null) {
            line.append(", ").append(year);
        }
        line.append('.');
        if (doi != null) {
            line.append(" doi:").append(doi);
        } else if (url != null) {
            line.append(' ').append(url);
        }
        return line.toString();
    }

    /** Where the source can be read: its address, else its DOI as a doi.org link, else nothing. */
    public String getLink() {
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            return url;
        }
        return doi == null ? null : "https://doi.org/" + doi;
    }
}
