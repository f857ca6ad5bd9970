export * from './retention';
export * from './skill-indicator';
export * from './training-enums';
export * from './training-permissions';
export * from './training-schema';
export type * from './training-types';
