import { PositionCategory, Suitability, WorkHours } from '@bangfu/domain';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { DivisionCascader } from '../../components/division-cascader';
import { EnumSelect } from '../../components/enum-select';
import { Cell } from '../../households/form/form-grid';
import { MoneyInput } from '../../households/form/money-input';
import type { Validation } from '../../households/form/validate-household';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useT } from '../../i18n/use-t';
import { EmployerSelect } from '../components/employer-select';
import { useSchemaForm } from '../form/use-schema-form';
import { POSITION_FIELDS, type PositionFormValues, positionFieldOf } from './position-form-values';

interface PositionFormProps<Out> {
  initialValues: PositionFormValues;
  /** A saved position keeps its employer (the server refuses a change); post a new one instead. */
  lockEmployer?: boolean;
  validate: (values: PositionFormValues) => Validation<Out>;
  onValid: (data: Out) => Promise<unknown>;
  saving: boolean;
  errorAlert: ReactNode;
  onCancel: () => void;
}

/** The position form shared by create and edit; validation is PositionInputSchema's / PositionUpdateSchema's. */
export function PositionForm<Out>({
  initialValues,
  lockEmployer = false,
  validate,
  onValid,
  saving,
  errorAlert,
  onCancel,
}: PositionFormProps<Out>) {
  const t = useT();
  const label = useEnumLabel();
  const { form, general, submit } = useSchemaForm({
    validate,
    onValid,
    fieldOf: positionFieldOf,
    shown: POSITION_FIELDS,
  });
  return (
    <Form<PositionFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
      <Flex vertical gap={16}>
        <Card size="small">
          <Row gutter={16}>
            <Cell>
              <Form.Item name="employerId" label={t('emp.position.employerId')} required>
                <EmployerSelect disabled={lockEmployer} data-testid="position-employer" />
              </Form.Item>
            </Cell>
            <Cell>
              <Form.Item name="title" label={t('emp.position.title')} required>
                <Input maxLength={60} data-testid="position-title" />
              </Form.Item>
            </Cell>
            <Cell>
              <Form.Item name="category" label={t('emp.position.category')} required>
                <EnumSelect enumDef={PositionCategory} data-testid="position-category" />
              </Form.Item>
            </Cell>
            <Cell>
              <Form.Item name="division" label={t('emp.position.divisionCode')} required>
                <DivisionCascader data-testid="position-division" />
              </Form.Item>
            </Cell>
            <Cell xs={24} md={24} xl={16}>
              <Form.Item name="workAddress" label={t('emp.position.workAddress')} required>
                <Input maxLength={200} data-testid="position-work-address" />
              </Form.Item>
            </Cell>
            <Cell>
              <Form.Item name="salaryMinYuan" label={t('emp.position.salaryMin')} required>
                <MoneyInput data-testid="position-salary-min" />
              </Form.Item>
            </Cell>
            <Cell>
              <Form.Item name="salaryMaxYuan" label={t('emp.position.salaryMax')} required>
                <MoneyInput data-testid="position-salary-max" />
              </Form.Item>
            </Cell>
            <Cell>
              <Form.Item name="headcount" label={t('emp.position.headcount')} required>
                <InputNumber
                  min={1}
                  max={10_000}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="position-headcount"
                />
              </Form.Item>
            </Cell>
            <Cell>
              <Form.Item name="hours" label={t('emp.position.hours')} required>
                <EnumSelect enumDef={WorkHours} data-testid="position-hours" />
              </Form.Item>
            </Cell>
            <Cell>
              <Form.Item name="validFrom" label={t('emp.position.validFrom')} required>
                <DatePicker style={{ width: '100%' }} data-testid="position-valid-from" />
              </Form.Item>
            </Cell>
            <Cell>
              <Form.Item name="validTo" label={t('emp.position.validTo')} required>
                <DatePicker style={{ width: '100%' }} data-testid="position-valid-to" />
              </Form.Item>
            </Cell>
          </Row>
        </Card>
        <Card size="small">
          <Form.Item name="requirements" label={t('emp.position.requirements')}>
            <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="skills" label={t('emp.position.skills')} extra={t('emp.position.skillsHint')}>
            <Select
              mode="tags"
              maxCount={20}
              open={false}
              suffixIcon={null}
              tokenSeparators={[',', '，', '、']}
              data-testid="position-skills"
            />
          </Form.Item>
          <Form.Item name="suitability" label={t('emp.position.suitability')}>
            <Checkbox.Group
              options={Suitability.values.map((v) => ({ value: v, label: label(Suitability, v) }))}
              data-testid="position-suitability"
            />
          </Form.Item>
        </Card>
        {general.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('fixErrors')}
            description={general.join('；')}
            data-testid="form-errors"
          />
        )}
        {errorAlert}
        <Flex gap={8} justify="flex-end">
          <Button onClick={onCancel}>{t('cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="position-save">
            {t('save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
