import { useWorkerSession } from '../api/use-worker';
import { ErrorBox } from '../ui/states';
import { useJobsT } from './jobs-messages';
import { useExpressInterest } from './use-my-jobs';

/**
 * 我感兴趣 on a position page. A signed-in worker records interest (once; a second tap changes
 * nothing); anyone else sees the button disabled, with what to do instead.
 */
export function InterestButton({ positionId }: { positionId: string }) {
  const t = useJobsT();
  const session = useWorkerSession();
  const interest = useExpressInterest(positionId);
  const signedIn = Boolean(session.data?.pinSet);
  return (
    <section className="card" data-testid="portal-interest">
      <button
        type="button"
        className="primary"
        disabled={!signedIn || interest.isPending || interest.isSuccess}
        aria-disabled={!signedIn}
        onClick={() => interest.mutate()}
        data-testid="portal-interest-button"
      >
        {interest.isSuccess ? `✓ ${t('interested')}` : t('interested')}
      </button>
      {interest.isSuccess && (
        <p className="ok" data-testid="portal-interest-recorded">
          {t('interestRecorded')}
        </p>
      )}
      {interest.error && <ErrorBox error={interest.error} />}
      {!signedIn && <p className="hint">{t('interestSignIn')}</p>}
    </section>
  );
}
