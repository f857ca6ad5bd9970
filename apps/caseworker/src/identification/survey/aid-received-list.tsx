import { Button, Checkbox, Form, Input, Space } from 'antd';
import { MoneyInput } from '../../households/form/money-input';
import { useIdentT } from '../i18n/use-ident-t';

/** Aid the household received this year; whether each counts as income (brief §2.4). */
export function AidReceivedList({ name }: { name: (string | number)[] }) {
  const t = useIdentT();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Form.Item label={t('id.calc.aid')}>
          {rows.map((row) => (
            <Space key={row.key} align="baseline" wrap>
              <Form.Item name={[row.name, 'programme']} rules={[{ required: true }]}>
                <Input placeholder={t('id.calc.programme')} maxLength={100} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name={[row.name, 'yuan']} rules={[{ required: true }]}>
                <MoneyInput style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name={[row.name, 'countsAsIncome']} valuePropName="checked">
                <Checkbox>{t('id.calc.countsAsIncome')}</Checkbox>
              </Form.Item>
              <Button onClick={() => remove(row.name)}>{t('id.demo.remove')}</Button>
            </Space>
          ))}
          <div>
            <Button
              onClick={() => add({ programme: '', yuan: '', countsAsIncome: true })}
              data-testid="calc-aid-add"
            >
              {t('id.calc.add')}
            </Button>
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}
