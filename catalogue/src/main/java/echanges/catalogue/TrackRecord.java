package echanges.catalogue;

/** What a supplier delivered through challenges, and how widely it is reused. */
public record TrackRecord(String supplierId, long componentsDelivered, long bodiesReusing) {
}
