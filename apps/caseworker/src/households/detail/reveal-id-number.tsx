import { displayIdNumber } from '@bangfu/client';
import { useRevealIdNumber } from '../../api/use-reveal';
import { useT } from '../../i18n/use-t';
import { RevealableValue } from './revealable-value';

interface RevealIdNumberProps {
  householdId: string;
  memberId: string;
  masked: string;
  canReveal: boolean;
}

export function RevealIdNumber({ householdId, memberId, masked, canReveal }: RevealIdNumberProps) {
  const t = useT();
  const mutation = useRevealIdNumber(householdId);
  return (
    <RevealableValue
      masked={displayIdNumber(masked)}
      canReveal={canReveal}
      modalTitle={t('revealIdTitle')}
      testId={`reveal-id-${memberId}`}
      reveal={(purpose) => mutation.mutateAsync({ memberId, purpose }).then((r) => r.idNumber)}
      loading={mutation.isPending}
      error={mutation.error}
      onOpen={mutation.reset}
    />
  );
}
