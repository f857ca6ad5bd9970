import { Result } from 'antd';
import { useT } from '../../i18n/use-t';

/** An aid page opened by a role that may not use it (the server would refuse anyway). */
export function AidNotAllowed() {
  const t = useT();
  return <Result status="403" title={t('forbiddenTitle')} />;
}
