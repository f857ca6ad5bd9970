export * from './claim-enums';
export * from './claim-flow-schema';
export * from './claim-permissions';
export * from './claims-policy';
export * from './loss-ratio';
export * from './second-review';
export * from './what-if';
