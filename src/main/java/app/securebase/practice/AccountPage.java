package app.securebase.practice;

import java.util.List;

/** One page of a list paged in the database, with the total the pager needs. */
public record AccountPage<T>(List<T> rows, long total) {
}
