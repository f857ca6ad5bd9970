export { verifyAuditChain } from './audit/verify-audit';
export { hashPassword, verifyPassword } from './auth/password';
export {
  createSessionCaches,
  SessionCache,
  type SessionCaches,
  sessionCacheOptions,
} from './auth/session-cache';
// Used by `pnpm bench` to load match inputs exactly as matching.forHousehold does.
export { businessDate } from './common/business-date';
export type { AppServices, AuthSettings, Context, CookieJar, StaffActor } from './context';
export { DEFAULT_AUTH_SETTINGS } from './context';
export { createContext, type RequestInfo } from './create-context';
export { toPositionDto } from './employment/position-dto';
export { householdPageQuery } from './households/household-page-query';
// The bench walks households through the state machine the way every procedure does.
export { transitionHousehold } from './identification/transition';
export { createKioskFairCache, type KioskFairCache } from './kiosk/kiosk-fair-cache';
export { membersByHousehold, prefectureCode, toMatchHousehold } from './matching/match-inputs';
export { POSITION_BOUND } from './matching/matches-for-household';
export { loadMemberSkills } from './matching/member-skills';
export * from './notifications';
export { runRetention } from './retention/run-retention';
export { closeDueNotices } from './review/close-due-notices';
export { type AppRouter, appRouter, createCaller } from './root';
export type { Meta, Policy } from './trpc';
