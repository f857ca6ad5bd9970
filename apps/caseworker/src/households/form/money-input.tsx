import { Input, type InputProps } from 'antd';
import { useT } from '../../i18n/use-t';

/** An amount typed in 元 (converted to fen on submit with parseYuanToFen, never a float). */
export function MoneyInput(props: InputProps) {
  const t = useT();
  return <Input inputMode="decimal" placeholder="0.00" suffix={t('yuan')} maxLength={18} {...props} />;
}
