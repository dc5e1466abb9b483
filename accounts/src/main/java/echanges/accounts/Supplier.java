package echanges.accounts;

/** A business that answers challenges. */
public record Supplier(String id, String name, SupplierKind kind) {
}
