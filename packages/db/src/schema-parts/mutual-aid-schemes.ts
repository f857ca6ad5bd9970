/** Row types of migration mutual-aid-schemes; filled in by the work that owns it. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the owning work
export interface MutualAidSchemeTables {}
