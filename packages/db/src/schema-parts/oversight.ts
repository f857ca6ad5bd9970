/** Row types of migration oversight; filled in by the work that owns it. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the owning work
export interface OversightTables {}
