package echanges.procurement;

/** Where a proposal is. */
public enum ProposalStatus {
    /** Being written; replaced by a new draft of the same supplier. */
    DRAFT,
    /** Filed before closing; editable until closing. */
    SUBMITTED,
    /** Withdrawn by its supplier before closing. */
    WITHDRAWN,
    /** Refused: filed twice (s. 7), or not eligible at closing (s. 37.3). */
    REJECTED
}
