import { Button, Form, Input, InputNumber, Space } from 'antd';
import { useIdentT } from '../i18n/use-ident-t';

/** Members counted at the local minimum wage for some months (brief §2.4 imputed income). */
export function ImputedList({ name }: { name: (string | number)[] }) {
  const t = useIdentT();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Form.Item label={t('id.calc.imputed')} tooltip={t('id.calc.imputedHint')}>
          {rows.map((row) => (
            <Space key={row.key} align="baseline" wrap>
              <Form.Item name={[row.name, 'memberName']}>
                <Input
                  placeholder={t('id.calc.memberName')}
                  maxLength={50}
                  style={{ width: 160 }}
                  data-testid={`calc-imputed-name-${row.name}`}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'months']} label={t('id.calc.months')} rules={[{ required: true }]}>
                <InputNumber min={0} max={12} precision={0} data-testid={`calc-imputed-months-${row.name}`} />
              </Form.Item>
              <Button onClick={() => remove(row.name)}>{t('id.demo.remove')}</Button>
            </Space>
          ))}
          <div>
            <Button onClick={() => add({ memberName: '', months: 12 })} data-testid="calc-imputed-add">
              {t('id.calc.add')}
            </Button>
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}
