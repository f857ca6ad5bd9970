export * from './employment-queries';
export * from './employment-schema';
export type * from './employment-types';
export * from './enums';
export * from './matching';
export * from './permissions';
export * from './position-rules';
export * from './public-text';
export * from './training';
