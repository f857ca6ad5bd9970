export { verifyAuditChain } from './audit/verify-audit';
export { hashPassword, verifyPassword } from './auth/password';
export type { AppServices, AuthSettings, Context, CookieJar, StaffActor } from './context';
export { DEFAULT_AUTH_SETTINGS } from './context';
export { createContext, type RequestInfo } from './create-context';
export { householdPageQuery } from './households/household-page-query';
export { type AppRouter, appRouter, createCaller } from './root';
export type { Meta, Policy } from './trpc';
