import { IncomeKind, RigidSpendingKind, StandardVersion } from '@bangfu/domain';
import { Checkbox, Form, Input, InputNumber, Radio, Space } from 'antd';
import { MoneyInput } from '../../households/form/money-input';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useIdentT } from '../i18n/use-ident-t';
import { AidReceivedList } from './aid-received-list';
import { AmountList } from './amount-list';
import { Gen1Fields } from './gen1-fields';
import { ImputedList } from './imputed-list';

/**
 * The 三算 figures: household size, incomes, imputed members, aid received, rigid spending, the
 * 2016-standard facts (only when that standard applies), accident and exclusions.
 */
export function ClassificationFields({ prefix }: { prefix: (string | number)[] }) {
  const t = useIdentT();
  const label = useEnumLabel();
  const at = (...rest: string[]) => [...prefix, ...rest];
  const standard = Form.useWatch(at('standardVersion'), Form.useFormInstance());
  return (
    <>
      <Form.Item name={at('standardVersion')} label={t('id.calc.standard')} required>
        <Radio.Group
          data-testid="calc-standard"
          options={StandardVersion.values.map((v) => ({ value: v, label: label(StandardVersion, v) }))}
        />
      </Form.Item>
      <Space wrap>
        <Form.Item name={at('divisionCode')} label={t('id.calc.division')} required>
          <Input maxLength={6} style={{ width: 120 }} data-testid="calc-division" />
        </Form.Item>
        <Form.Item name={at('year')} label={t('id.calc.year')} required>
          <InputNumber min={2000} max={2100} data-testid="calc-year" />
        </Form.Item>
        <Form.Item name={at('householdSize')} label={t('id.calc.householdSize')} required>
          <InputNumber min={1} max={30} data-testid="calc-household-size" />
        </Form.Item>
      </Space>
      <AmountList name={at('incomes')} label={t('id.calc.incomes')} kinds={IncomeKind} testId="calc-income" />
      <ImputedList name={at('imputed')} />
      <AidReceivedList name={at('aidReceived')} />
      <AmountList
        name={at('rigidSpending')}
        label={t('id.calc.rigid')}
        kinds={RigidSpendingKind}
        testId="calc-rigid"
      />
      {standard === 'ACFTU_2016' && <Gen1Fields at={at} />}
      <Space wrap align="baseline">
        <Form.Item name={at('suddenEvent')} valuePropName="checked">
          <Checkbox data-testid="calc-sudden-event">{t('id.calc.suddenEvent')}</Checkbox>
        </Form.Item>
        <Form.Item name={at('accidentCostYuan')} label={t('id.calc.accidentCost')}>
          <MoneyInput style={{ width: 160 }} data-testid="calc-accident-cost" />
        </Form.Item>
      </Space>
      <Form.Item label={t('id.calc.exclusions')}>
        <Space wrap>
          <Form.Item name={at('homesOwned')} label={t('id.calc.homesOwned')} style={{ marginBottom: 0 }}>
            <InputNumber min={0} max={100} data-testid="calc-homes-owned" />
          </Form.Item>
          {EXCLUSION_FLAGS.map((f) => (
            <Form.Item key={f} name={at(f)} valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox data-testid={`calc-${f}`}>{t(`id.calc.${f}`)}</Checkbox>
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
    </>
  );
}

export const EXCLUSION_FLAGS = [
  'ownsShopOrEmploys',
  'highFeePrivateSchool',
  'usesMotorVehicle',
  'ableBodiedRefusesWork',
] as const;
