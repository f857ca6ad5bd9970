export * from './share';
export * from './stats-dto';
export * from './stats-schema';
