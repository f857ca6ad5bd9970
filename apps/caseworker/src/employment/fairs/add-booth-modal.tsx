import { errorMessage, useLang } from '@bangfu/client';
import { FairBoothInputSchema } from '@bangfu/domain';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useT } from '../../i18n/use-t';
import { useAddBooth } from '../api/use-fairs';
import { useEmployerOpenPositions } from '../api/use-positions';
import { ActionErrorAlert } from '../components/action-error-alert';
import { EmployerSelect } from '../components/employer-select';
import { useSchemaForm } from '../form/use-schema-form';
import { fieldMapper, validateDraft } from '../form/validate';

interface BoothFormValues {
  employerId?: string;
  boothNo?: string;
  positionIds?: string[];
}

const BOOTH_FIELDS: ReadonlySet<string> = new Set(['employerId', 'boothNo', 'positionIds']);
const boothFieldOf = fieldMapper({});

/** 添加展位: an employer, its booth number, and which of its open positions it brings. */
export function AddBoothModal({
  fairId,
  open,
  onClose,
}: {
  fairId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const add = useAddBooth();
  const { form, general, submit } = useSchemaForm({
    validate: (v: BoothFormValues) =>
      validateDraft(
        FairBoothInputSchema,
        { fairId, employerId: v.employerId, boothNo: v.boothNo, positionIds: v.positionIds ?? [] },
        [],
        boothFieldOf,
        BOOTH_FIELDS,
        lang,
        t,
      ),
    onValid: (input) =>
      add.mutateAsync(input).then(() => {
        message.success(t('emp.fair.boothAdded'));
        onClose();
      }),
    fieldOf: boothFieldOf,
    shown: BOOTH_FIELDS,
  });
  const employerId = Form.useWatch('employerId', form);
  const positions = useEmployerOpenPositions(employerId);
  return (
    <Modal
      open={open}
      title={t('emp.fair.addBooth')}
      width={640}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'booth-save' }}
      onOk={submit}
      confirmLoading={add.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<BoothFormValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="employerId" label={t('emp.position.employerId')} required>
          <EmployerSelect
            data-testid="booth-employer"
            onChange={() => form.setFieldValue('positionIds', [])}
          />
        </Form.Item>
        <Form.Item name="boothNo" label={t('emp.fair.boothNo')} required>
          <Input maxLength={20} style={{ width: 160 }} data-testid="booth-no" />
        </Form.Item>
        <Form.Item
          name="positionIds"
          label={t('emp.fair.boothPositions')}
          required
          extra={t('emp.fair.choosePositions')}
        >
          <Select<string[]>
            mode="multiple"
            disabled={!employerId}
            placeholder={employerId ? undefined : t('emp.position.noEmployer')}
            loading={positions.isFetching}
            notFoundContent={positions.isError ? errorMessage(positions.error, lang) : undefined}
            options={(positions.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="booth-positions"
          />
        </Form.Item>
        {general.length > 0 && (
          <Alert type="error" showIcon title={t('fixErrors')} description={general.join('；')} />
        )}
        <ActionErrorAlert error={add.error} />
      </Form>
    </Modal>
  );
}
