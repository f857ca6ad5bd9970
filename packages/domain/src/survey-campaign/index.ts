export * from './answers-schema';
export * from './campaign-schema';
export * from './demo-questionnaire';
export * from './questionnaire-schema';
export * from './response-schema';
export * from './summarize-answers';
export * from './survey-enums';
export * from './survey-permissions';
