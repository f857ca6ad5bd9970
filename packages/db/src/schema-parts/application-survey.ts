/** Row types of migration application-survey; filled in by the work that owns it. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the owning work
export interface ApplicationSurveyTables {}
