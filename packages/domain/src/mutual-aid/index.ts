export * from './claim-flow';
export * from './claims';
export * from './enrolment';
export * from './scheme';
