export * from './claims';
export * from './enrolment';
export * from './scheme';
