export * from './festival-eligibility';
export * from './festival-enums';
export * from './festival-permissions';
export * from './festival-policy';
export * from './festival-schema';
