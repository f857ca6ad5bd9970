export * from './application';
export * from './attachments';
export * from './case-inputs';
export * from './commitment';
export * from './permissions';
export * from './state-machine';
export * from './survey-inputs';
export * from './survey-schedule';
