import {
  DisabilityGrade,
  DisabilityKind,
  HealthStatus,
  MedicalInsurance,
  Relation,
  SchoolStage,
  WorkStatus,
} from '@bangfu/domain';
import { Form, Input, Row } from 'antd';
import { EnumSelect } from '../../components/enum-select';
import { useT } from '../../i18n/use-t';
import { Cell } from './form-grid';
import { MoneyInput } from './money-input';

/** A member's relation, health, work, income, schooling and insurance. */
export function MemberDetailFields({ name, index }: { name: number; index: number }) {
  const t = useT();
  return (
    <Row gutter={16}>
      <Cell>
        <Form.Item name={[name, 'relation']} label={t('field.relation')} required>
          <EnumSelect enumDef={Relation} data-testid={`member-relation-${index}`} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={[name, 'ethnicity']} label={t('field.ethnicity')}>
          <Input maxLength={20} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={[name, 'health']} label={t('field.health')} required>
          <EnumSelect enumDef={HealthStatus} data-testid={`member-health-${index}`} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={[name, 'disabilityKind']} label={t('field.disabilityKind')}>
          <EnumSelect enumDef={DisabilityKind} allowClear />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={[name, 'disabilityGrade']} label={t('field.disabilityGrade')}>
          <EnumSelect enumDef={DisabilityGrade} allowClear />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={[name, 'workStatus']} label={t('field.workStatus')} required>
          <EnumSelect enumDef={WorkStatus} data-testid={`member-work-status-${index}`} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={[name, 'monthlyIncomeYuan']} label={t('field.monthlyIncomeFen')} required>
          <MoneyInput data-testid={`member-income-${index}`} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={[name, 'schoolStage']} label={t('field.schoolStage')} required>
          <EnumSelect enumDef={SchoolStage} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={[name, 'medicalInsurance']} label={t('field.medicalInsurance')} required>
          <EnumSelect enumDef={MedicalInsurance} data-testid={`member-insurance-${index}`} />
        </Form.Item>
      </Cell>
    </Row>
  );
}
