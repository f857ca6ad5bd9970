import { aidRouter } from './aid/aid.router';
import { assessmentRouter } from './assessment/assessment.router';
import { auditRouter } from './audit/audit.router';
import { authRouter } from './auth/auth.router';
import { claimsRouter } from './claims/claims.router';
import { employmentRouter } from './employment/employment.router';
import { employmentSupportRouter } from './employment-support/employment-support.router';
import { festivalRouter } from './festival/festival.router';
import { householdImportRouter } from './household-import/household-import.router';
import { householdsRouter } from './households/households.router';
import { identificationRouter } from './identification/identification.router';
import { kioskRouter } from './kiosk/kiosk.router';
import { matchingRouter } from './matching/matching.router';
import { mutualAidRouter } from './mutual-aid/mutual-aid.router';
import { notificationsRouter } from './notifications/notifications.router';
import { orgsRouter } from './orgs/orgs.router';
import { oversightRouter } from './oversight/oversight.router';
import { placementsRouter } from './placements/placements.router';
import { policiesRouter } from './policies/policies.router';
import { portalRouter } from './portal/portal.router';
import { retentionRouter } from './retention/retention.router';
import { reviewRouter } from './review/review.router';
import { statsRouter } from './stats/stats.router';
import { surveyCampaignsRouter } from './survey-campaigns/survey-campaigns.router';
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
  policies: policiesRouter,
  identification: identificationRouter,
  review: reviewRouter,
  oversight: oversightRouter,
  aid: aidRouter,
  festival: festivalRouter,
  portal: portalRouter,
  mutualAid: mutualAidRouter,
  claims: claimsRouter,
  notifications: notificationsRouter,
  employmentSupport: employmentSupportRouter,
  surveyCampaigns: surveyCampaignsRouter,
  assessment: assessmentRouter,
  householdImport: householdImportRouter,
  stats: statsRouter,
  retention: retentionRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
