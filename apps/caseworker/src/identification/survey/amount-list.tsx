import type { LabelledEnum } from '@bangfu/domain';
import { Button, Form, Select, Space } from 'antd';
import { MoneyInput } from '../../households/form/money-input';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useIdentT } from '../i18n/use-ident-t';

interface AmountListProps<K extends string> {
  name: (string | number)[];
  label: string;
  kinds: LabelledEnum<K>;
  testId: string;
}

/** A list of (kind, annual amount in yuan) rows: incomes or rigid spending. */
export function AmountList<K extends string>({ name, label, kinds, testId }: AmountListProps<K>) {
  const t = useIdentT();
  const enumLabel = useEnumLabel();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Form.Item label={label}>
          {rows.map((row) => (
            <Space key={row.key} align="baseline" wrap>
              <Form.Item name={[row.name, 'kind']} rules={[{ required: true }]}>
                <Select
                  style={{ width: 200 }}
                  data-testid={`${testId}-kind-${row.name}`}
                  options={kinds.values.map((k) => ({ value: k, label: enumLabel(kinds, k) }))}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'yuan']} rules={[{ required: true }]}>
                <MoneyInput style={{ width: 160 }} data-testid={`${testId}-yuan-${row.name}`} />
              </Form.Item>
              <Button onClick={() => remove(row.name)}>{t('id.demo.remove')}</Button>
            </Space>
          ))}
          <div>
            <Button onClick={() => add({ kind: kinds.values[0], yuan: '' })} data-testid={`${testId}-add`}>
              {t('id.calc.add')}
            </Button>
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}
