export * from './enrolment-cover';
export * from './enrolment-schema';
export * from './import-row';
export * from './mutual-aid-policy';
export * from './permissions';
export * from './plan-choice';
