/** Row types of migration mutual-aid-claims; filled in by the work that owns it. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the owning work
export interface MutualAidClaimTables {}
