export * from './festival';
export * from './plan';
