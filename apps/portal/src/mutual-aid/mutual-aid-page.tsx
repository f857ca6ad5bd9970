import { RequireWorker } from '../auth/require-worker';
import { PageShell } from '../ui/page-shell';
import { ClaimsSection } from './claims-section';
import { EnrolmentsSection } from './enrolments-section';
import { useMaPortalT } from './ma-messages';
import { PharmacySection } from './pharmacy-section';
import './mutual-aid.css';

/** /portal/mutual-aid — 我的互助: plans joined, claims with their explanation, pharmacy balance. */
export function MutualAidPage() {
  const t = useMaPortalT();
  return (
    <PageShell title={t('myMutualAid')}>
      <RequireWorker>
        <p className="hint ma-intro">{t('myMutualAidHint')}</p>
        <EnrolmentsSection />
        <ClaimsSection />
        <PharmacySection />
      </RequireWorker>
    </PageShell>
  );
}
