import { displayBankAccount } from '@bangfu/client';
import { useRevealBankAccount } from '../../api/use-reveal';
import { useT } from '../../i18n/use-t';
import { RevealableValue } from './revealable-value';

interface RevealBankAccountProps {
  householdId: string;
  masked: string;
  canReveal: boolean;
}

export function RevealBankAccount({ householdId, masked, canReveal }: RevealBankAccountProps) {
  const t = useT();
  const mutation = useRevealBankAccount(householdId);
  return (
    <RevealableValue
      masked={displayBankAccount(masked)}
      canReveal={canReveal}
      modalTitle={t('revealBankTitle')}
      testId="reveal-bank"
      reveal={(purpose) => mutation.mutateAsync({ purpose }).then((r) => r.accountNumber)}
      loading={mutation.isPending}
      error={mutation.error}
      onOpen={mutation.reset}
    />
  );
}
