/** Row types of migration review-notice; filled in by the work that owns it. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the owning work
export interface ReviewNoticeTables {}
