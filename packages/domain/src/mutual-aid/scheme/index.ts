export * from './contribution';
export * from './demo';
export * from './eligibility';
export * from './scheme-consistency';
export * from './scheme-enums';
export * from './scheme-schema';
export { ageOn, coverPeriod } from './term-dates';
