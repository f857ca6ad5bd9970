import { auditRouter } from './audit/audit.router';
import { authRouter } from './auth/auth.router';
import { employmentRouter } from './employment/employment.router';
import { householdsRouter } from './households/households.router';
import { kioskRouter } from './kiosk/kiosk.router';
import { matchingRouter } from './matching/matching.router';
import { orgsRouter } from './orgs/orgs.router';
import { placementsRouter } from './placements/placements.router';
import { trainingRouter } from './training/training.router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  orgs: orgsRouter,
  households: householdsRouter,
  audit: auditRouter,
  employment: employmentRouter,
  kiosk: kioskRouter,
  matching: matchingRouter,
  training: trainingRouter,
  placements: placementsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
