export * from './dates';
export * from './domain-error';
export * from './labelled-enum';
export * from './money';
