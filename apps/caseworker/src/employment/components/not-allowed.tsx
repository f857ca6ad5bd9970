import { Result } from 'antd';
import { useT } from '../../i18n/use-t';

/** A write page opened by a role that may only read job information. */
export function EmploymentNotAllowed() {
  const t = useT();
  return <Result status="403" title={t('forbiddenTitle')} subTitle={t('emp.forbiddenEdit')} />;
}
