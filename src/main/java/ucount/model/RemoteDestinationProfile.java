package ucount.model;

/** A remote destination profile (Single Number Reach). Not a licensed device (R2); its user needs BASIC (R4). */
public record RemoteDestinationProfile(String name, String userId, Source source) {
}
