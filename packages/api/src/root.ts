import { auditRouter } from './audit/audit.router';
import { authRouter } from './auth/auth.router';
import { employmentRouter } from './employment/employment.router';
import { householdsRouter } from './households/households.router';
import { kioskRouter } from './kiosk/kiosk.router';
import { matchingRouter } from './matching/matching.router';
import { orgsRouter } from './orgs/orgs.router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  orgs: orgsRouter,
  households: householdsRouter,
  audit: auditRouter,
  employment: employmentRouter,
  kiosk: kioskRouter,
  matching: matchingRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
