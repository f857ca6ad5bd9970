import { PlacementInputSchema, parseYuanToFen } from '@bangfu/domain';
import { Alert, DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { HouseholdMember } from '../../api/types';
import { useModalSubmit } from '../../components/use-modal-submit';
import { MoneyInput } from '../../households/form/money-input';
import { useT } from '../../i18n/use-t';
import { useCreatePlacement } from '../api/use-training';
import { ActionErrorAlert } from '../components/action-error-alert';
import { EmployerSelect } from '../components/employer-select';

interface PlacementModalProps {
  householdId: string;
  members: readonly HouseholdMember[];
  open: boolean;
  onClose: () => void;
}

/** 登记就业: a member hired through the union, with employer, start date and monthly wage. */
export function PlacementModal({ householdId, members, open, onClose }: PlacementModalProps) {
  const t = useT();
  const create = useCreatePlacement();
  const [memberId, setMemberId] = useState<string>();
  const [employerId, setEmployerId] = useState<string>();
  const [startDate, setStartDate] = useState<Dayjs | null>(null);
  const [wage, setWage] = useState('');
  const { problem, setProblem, submit } = useModalSubmit(PlacementInputSchema, t('place.recorded'));
  const dismiss = () => {
    create.reset();
    setProblem(null);
    setMemberId(undefined);
    setEmployerId(undefined);
    setStartDate(null);
    setWage('');
    onClose();
  };
  const onOk = () => {
    const monthlyWageFen = parseYuanToFen(wage);
    if (monthlyWageFen === null) {
      setProblem(t('place.wageInvalid'));
      return;
    }
    const values = {
      householdId,
      memberId,
      employerId,
      startDate: startDate?.format('YYYY-MM-DD'),
      monthlyWageFen,
    };
    submit(values, create.mutate, dismiss);
  };
  return (
    <Modal
      open={open}
      title={t('place.record')}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'placement-confirm' }}
      confirmLoading={create.isPending}
      onOk={onOk}
      onCancel={dismiss}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('train.member')} required>
          <Select
            value={memberId}
            onChange={setMemberId}
            placeholder={t('train.placeholderMember')}
            data-testid="placement-member"
            options={members.map((m) => ({ value: m.id, label: m.name }))}
          />
        </Form.Item>
        <Form.Item label={t('place.employer')} required>
          <EmployerSelect value={employerId} onChange={setEmployerId} data-testid="placement-employer" />
        </Form.Item>
        <Form.Item label={t('place.startDate')} required>
          <DatePicker value={startDate} onChange={setStartDate} data-testid="placement-start" />
        </Form.Item>
        <Form.Item label={t('place.wage')} required>
          <MoneyInput value={wage} onChange={(e) => setWage(e.target.value)} data-testid="placement-wage" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <ActionErrorAlert error={create.error} />
    </Modal>
  );
}
