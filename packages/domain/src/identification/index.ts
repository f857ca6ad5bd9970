export * from './assessment';
export * from './oversight';
export * from './workflow';
