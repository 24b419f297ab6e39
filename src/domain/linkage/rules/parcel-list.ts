/**
 * The input of the basic-farmland rules PB-01 and PB-02, which other features reuse (linkage construction
 * parcels, transfer-contract parcels): a list of parcels and the dotted path of that list in the caller's
 * own facts, so findings point at the caller's field (e.g. `constructionParcels.2.basicFarmland`).
 */
export interface ParcelList<T> {
  listPath: string;
  parcels: readonly T[];
}
