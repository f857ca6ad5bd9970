export * from './assessment';
export * from './dynamic';
export * from './oversight';
export * from './review';
export * from './workflow';
