import { Card, Form, Input, Row, Switch } from 'antd';
import { useT } from '../../i18n/use-t';
import { Cell } from './form-grid';
import type { HouseholdFormValues } from './form-values';
import { MoneyInput } from './money-input';

const FLAGS = ['singleParent', 'zeroEmployment', 'selfHelpCapacity'] as const;

/** 收入与就业: non-wage income, employer, union membership and the household flags of the form. */
export function IncomeSection() {
  const t = useT();
  const unionMember = Form.useWatch<HouseholdFormValues['unionMember']>('unionMember');
  return (
    <Card size="small" title={t('sectionIncome')}>
      <Row gutter={16}>
        <Cell>
          <Form.Item name="otherAnnualIncomeYuan" label={t('field.otherAnnualIncomeFen')} required>
            <MoneyInput data-testid="form-other-income" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="employerName" label={t('field.employerName')}>
            <Input maxLength={100} />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="unionMember" label={t('field.unionMember')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Cell>
        {unionMember && (
          <Cell>
            <Form.Item name="unionCardNo" label={t('field.unionCardNo')}>
              <Input maxLength={30} />
            </Form.Item>
          </Cell>
        )}
        {FLAGS.map((flag) => (
          <Cell key={flag}>
            <Form.Item name={flag} label={t(`field.${flag}`)} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Cell>
        ))}
      </Row>
    </Card>
  );
}
