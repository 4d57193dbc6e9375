package ucount.catalog;

import ucount.model.DeviceTier;

/**
 * One device model: its license tier (R3, section 5) and pre-9.x DLU cost (R20, section 6), each with how sure we are.
 *
 * @param dlu           Device License Units, {@code null} when unknown
 * @param tierConfidence high, medium, assumed or review
 * @param dluConfidence  high or assumed
 * @param source        the licensing.md source ids (S1, S6, S8 ...) or "policy", or the user's file
 */
public record CatalogEntry(
        String model,
        DeviceTier tier,
        String tierConfidence,
        Integer dlu,
        String dluConfidence,
        String source,
        String note) {
}
