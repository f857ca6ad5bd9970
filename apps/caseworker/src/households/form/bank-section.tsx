import { Card, Form, Input, Row, Switch } from 'antd';
import { useT } from '../../i18n/use-t';
import { Cell } from './form-grid';
import type { HouseholdFormValues } from './form-values';

/**
 * 银行账户. The stored number never comes to the browser unmasked; on edit a blank number keeps it
 * (the update schema allows leaving `accountNumber` out), so editing never needs a reveal.
 */
export function BankSection() {
  const t = useT();
  const hasBank = Form.useWatch<HouseholdFormValues['hasBankAccount']>('hasBankAccount');
  const masked = Form.useWatch<string | undefined>(['bankAccount', 'accountMasked'], { preserve: true });
  return (
    <Card
      size="small"
      title={t('sectionBank')}
      extra={
        <Form.Item name="hasBankAccount" valuePropName="checked" noStyle>
          <Switch
            checkedChildren={t('hasBankAccount')}
            unCheckedChildren={t('hasBankAccount')}
            data-testid="form-has-bank"
          />
        </Form.Item>
      }
    >
      {hasBank && (
        <Row gutter={16}>
          <Cell>
            <Form.Item name={['bankAccount', 'bankName']} label={t('field.bankName')} required>
              <Input maxLength={50} data-testid="form-bank-name" />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name={['bankAccount', 'branchName']} label={t('field.branchName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name={['bankAccount', 'accountNumber']}
              label={t('field.accountNumber')}
              required={!masked}
              extra={masked ? t('accountKeepHint', { masked }) : undefined}
            >
              <Input
                inputMode="numeric"
                autoComplete="off"
                maxLength={36}
                placeholder={masked}
                data-testid="form-bank-account"
              />
            </Form.Item>
          </Cell>
        </Row>
      )}
    </Card>
  );
}
