import { Result } from 'antd';
import { useT } from '../../i18n/use-t';

/** The form pages for a role that may read files but not change them. */
export function NotAllowed() {
  const t = useT();
  return <Result status="403" title={t('forbiddenTitle')} subTitle={t('forbiddenEdit')} />;
}
