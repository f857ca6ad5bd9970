import { Select } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import { useAidT } from '../i18n/use-aid-t';

interface CadreSelectProps {
  value?: string;
  onChange?: (id: string) => void;
  /** The cadre of the plan being revised, offered beside the signed-in user. */
  current?: { id: string; name: string };
}

/**
 * 责任干部 by staff id. No procedure lists the staff of a union yet, so the signed-in user and the
 * plan's cadre are offered, and another colleague is entered by their staff id.
 */
export function CadreSelect({ value, onChange, current }: CadreSelectProps) {
  const t = useAidT();
  const me = useCurrentUser();
  const options = [{ value: me.id, label: `${me.displayName}(${t('aid.staff.me')})` }];
  if (current && current.id !== me.id) options.push({ value: current.id, label: current.name });
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      placeholder={t('aid.staff.placeholder')}
      data-testid="plan-cadre"
      options={options}
    />
  );
}
