/** Row types of migration employment-support; filled in by the work that owns it. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the owning work
export interface EmploymentSupportTables {}
