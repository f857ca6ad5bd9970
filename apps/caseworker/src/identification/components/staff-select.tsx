import { useApi } from '@bangfu/client';
import type { Role } from '@bangfu/domain';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import { identKeys } from '../api/keys';
import { useIdentT } from '../i18n/use-ident-t';

interface StaffSelectProps {
  /** Only staff holding this role (caseworkers for surveyors). */
  staffRole?: Role;
  value?: string[];
  onChange?: (ids: string[]) => void;
  testId: string;
}

/** Active staff of the signed-in user's union line (orgs.staff), picked by name. */
export function StaffSelect({ staffRole: role, value, onChange, testId }: StaffSelectProps) {
  const t = useIdentT();
  const api = useApi();
  const me = useCurrentUser();
  const staff = useQuery({
    queryKey: identKeys.staff(role ?? 'any'),
    queryFn: () => api.orgs.staff.query({ role }),
    staleTime: 5 * 60_000,
  });
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={staff.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('id.staff.placeholder')}
      data-testid={testId}
      options={(staff.data ?? []).map((s) => ({
        value: s.id,
        label: `${s.displayName}(${s.id === me.id ? t('id.staff.me') : s.orgName})`,
      }))}
    />
  );
}
