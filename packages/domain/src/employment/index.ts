export * from './employment-schema';
export * from './enums';
export * from './position-rules';
