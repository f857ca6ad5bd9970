import type { Fixture, TestUser } from '../../testing/fixture';
import type { PrivacyWorld } from '../../testing/trust-privacy-fixture';

/** One export or public document, produced as a role that must get masked output. */
export interface PrivacyDocument {
  name: string;
  user: TestUser | null;
  /** Exports and prints are logged; public kiosk reads and blank templates are not. */
  audited: boolean;
  produce: (f: Fixture, w: PrivacyWorld) => Promise<unknown>;
  /** Text that shows the world's households are really in the document (so a clean scan means something). */
  evidence?: (w: PrivacyWorld) => string;
}

const doc = (
  name: string,
  users: readonly (TestUser | null)[],
  audited: boolean,
  produce: (f: Fixture, w: PrivacyWorld, user: TestUser | null) => Promise<unknown>,
  evidence?: PrivacyDocument['evidence'],
): PrivacyDocument[] =>
  users.map((user) => ({ name, user, audited, produce: (f, w) => produce(f, w, user), evidence }));

/** The masked name every listed household of the world carries (张建国). */
const maskedName = () => '张*国';
/** The roster's masked ID number of the first household's head. */
const maskedId = (w: PrivacyWorld) => {
  const id = w.households[0]!.idNumbers[0]!;
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
};

/**
 * Everything a grep of the routers for xlsx / export / print / notice / sheet / kiosk / template
 * turns up that carries household data or is shown in public.
 */
export const PRIVACY_DOCUMENTS: PrivacyDocument[] = [
  ...doc(
    'householdImport.exportRoster',
    ['admin', 'zunyiCw', 'hhgReviewer', 'auditor', 'fundOfficer'],
    true,
    (f, _w, u) => f.as(u).householdImport.exportRoster({}),
    maskedId,
  ),
  ...doc(
    'aid.ledger.exportXlsx',
    ['admin', 'fundOfficer', 'auditor'],
    true,
    (f, _w, u) => f.as(u).aid.ledger.exportXlsx({ orgId: f.orgId('520302'), year: 2026 }),
    maskedName,
  ),
  ...doc(
    'festival.exportXlsx',
    ['zunyiCw', 'hhgReviewer', 'fundOfficer', 'auditor'],
    true,
    (f, w, u) => f.as(u).festival.exportXlsx({ campaignId: w.festivalCampaignId }),
    maskedName,
  ),
  ...doc(
    'surveyCampaigns.export',
    ['admin', 'zunyiCw', 'auditor'],
    true,
    (f, w, u) => f.as(u).surveyCampaigns.export({ campaignId: w.surveyCampaignId }),
    maskedName,
  ),
  ...doc('stats.reportXlsx', ['zunyiCw', 'auditor', 'fundOfficer', 'employmentOfficer'], true, (f, _w, u) =>
    f.as(u).stats.reportXlsx({}),
  ),
  ...doc('stats.reportXlsx ON_FILE', ['hhgReviewer'], true, (f, _w, u) =>
    f.as(u).stats.reportXlsx({ basis: 'ON_FILE' }),
  ),
  ...doc('assessment.exportSheet', ['zunyiCw', 'auditor'], true, (f, _w, u) =>
    f.as(u).assessment.exportSheet({ year: 2026 }),
  ),
  ...doc(
    'review.noticeDocument zh',
    ['volunteer', 'zunyiCw', 'hhgReviewer'],
    true,
    (f, w, u) => f.as(u).review.noticeDocument({ noticeId: w.noticeId }),
    maskedName,
  ),
  ...doc('review.noticeDocument en', ['volunteer'], true, (f, w, u) =>
    f.as(u).review.noticeDocument({ noticeId: w.noticeId, lang: 'en' }),
  ),
  ...doc(
    'review.noticeSheet',
    ['grassrootsCw', 'volunteer'],
    true,
    (f, _w, u) => f.as(u).review.noticeSheet({ orgId: f.orgId('520302-G01'), date: '2026-11-03' }),
    maskedName,
  ),
  ...doc('kiosk.fair', [null], false, (f, w) => f.as(null).kiosk.fair({ fairId: w.fairId })),
  ...doc('kiosk.position', [null], false, (f, w) => f.as(null).kiosk.position({ positionId: w.positionId })),
  ...doc('householdImport.template', ['zunyiCw'], false, (f, _w, u) => f.as(u).householdImport.template()),
  ...doc('mutualAid.enrolmentTemplateXlsx', ['zunyiCw'], false, (f, _w, u) =>
    f.as(u).mutualAid.enrolmentTemplateXlsx(),
  ),
];
