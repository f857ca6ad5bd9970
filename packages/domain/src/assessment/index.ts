// 目标考核 (issue 7): targets per union level, progress, overdue tasks and the ranking.
export * from './assessment-enums';
export * from './assessment-permissions';
export * from './assessment-policy';
export * from './assessment-progress';
export * from './assessment-schemas';
export * from './assessment-score';
