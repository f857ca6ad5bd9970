import { Result } from 'antd';
import { useIdentT } from '../i18n/use-ident-t';

/** A 精准识别 page opened by a role that may not use it. */
export function IdentNotAllowed() {
  const t = useIdentT();
  return <Result status="403" title={t('forbiddenTitle')} subTitle={t('id.notAllowed')} />;
}
