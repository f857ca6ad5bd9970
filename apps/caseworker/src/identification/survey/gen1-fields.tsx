import { Checkbox, Form, InputNumber, Space } from 'antd';
import { MoneyInput } from '../../households/form/money-input';
import { useIdentT } from '../i18n/use-ident-t';

/** The 2016-standard facts (brief §2.1): months below the line, government 低保, assets and savings. */
export function Gen1Fields({ at }: { at: (...rest: string[]) => (string | number)[] }) {
  const t = useIdentT();
  return (
    <Form.Item label={t('id.calc.gen1')} data-testid="calc-gen1">
      <Space wrap align="baseline">
        <Form.Item
          name={at('monthsBelowLine')}
          label={t('id.calc.monthsBelowLine')}
          style={{ marginBottom: 0 }}
        >
          <InputNumber min={0} max={120} precision={0} data-testid="calc-months-below-line" />
        </Form.Item>
        <Form.Item name={at('receivesGovernmentDibao')} valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox data-testid="calc-receives-dibao">{t('id.calc.receivesGovernmentDibao')}</Checkbox>
        </Form.Item>
        <Form.Item
          name={at('investmentAssetsYuan')}
          label={t('id.calc.investmentAssets')}
          style={{ marginBottom: 0 }}
        >
          <MoneyInput style={{ width: 160 }} data-testid="calc-investment-assets" />
        </Form.Item>
        <Form.Item name={at('savingsYuan')} label={t('id.calc.savings')} style={{ marginBottom: 0 }}>
          <MoneyInput style={{ width: 160 }} data-testid="calc-savings" />
        </Form.Item>
      </Space>
    </Form.Item>
  );
}
