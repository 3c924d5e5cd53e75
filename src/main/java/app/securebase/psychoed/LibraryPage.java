package app.securebase.psychoed;

import java.util.List;

/** One page of the library, paged in the database, with the total the pager needs. */
public record LibraryPage(List<ModuleVersion> rows, long total) {
}
