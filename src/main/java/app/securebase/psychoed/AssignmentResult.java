package app.securebase.psychoed;

/**
 * What an assignment request did.
 *
 * @param created         assignments made
 * @param alreadyAssigned client-module pairs skipped because the client still has that module to read
 */
public record AssignmentResult(int created, int alreadyAssigned) {
}
