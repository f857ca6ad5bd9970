export * from './common';
export * from './divisions';
export * from './employment';
export * from './household';
export * from './id-number';
export * from './org';
export * from './privacy';
