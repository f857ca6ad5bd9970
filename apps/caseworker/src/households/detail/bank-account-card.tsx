import { canRevealBankAccount } from '@bangfu/domain';
import { Card, Descriptions } from 'antd';
import type { HouseholdDetail } from '../../api/types';
import { useCurrentUser } from '../../auth/current-user';
import { useT } from '../../i18n/use-t';
import { RevealBankAccount } from './reveal-bank-account';

export function BankAccountCard({ household }: { household: HouseholdDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const bank = household.bankAccount;
  return (
    <Card size="small" title={t('sectionBank')}>
      {bank ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'bank', label: t('field.bankName'), children: bank.bankName },
            { key: 'branch', label: t('field.branchName'), children: bank.branchName || '—' },
            {
              key: 'account',
              label: t('field.accountNumber'),
              children: (
                <RevealBankAccount
                  householdId={household.id}
                  masked={bank.accountMasked}
                  canReveal={canRevealBankAccount(me.roles)}
                />
              ),
            },
          ]}
        />
      ) : (
        t('noBankAccount')
      )}
    </Card>
  );
}
