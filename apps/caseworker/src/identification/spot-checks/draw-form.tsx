import { DrawSpotCheckSchema, SpotCheckStatus, StratifyBy } from '@bangfu/domain';
import { Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useDrawSpotCheck } from '../api/use-oversight';
import { StepFormShell } from '../components/step-form-shell';
import { useStepForm } from '../components/use-step-form';
import { useIdentT } from '../i18n/use-ident-t';

interface Values {
  orgId: string;
  sharePermille?: number;
  stratifyBy: StratifyBy;
  statuses: SpotCheckStatus[];
  seed: string;
}

/** 抽取样本: a stratified random sample from a seed anyone can type again to redraw it. */
export function DrawSpotCheckForm({ onDrawn }: { onDrawn: (id: string) => void }) {
  const t = useIdentT();
  const label = useEnumLabel();
  const me = useCurrentUser();
  const draw = useDrawSpotCheck();
  const { form, general, submit } = useStepForm({
    schema: DrawSpotCheckSchema,
    fields: ['orgId', 'sharePermille', 'stratifyBy', 'statuses', 'seed'],
    toInput: (v: Values) => ({ ...v, sharePermille: v.sharePermille ?? undefined }),
    run: (input) => draw.mutateAsync(input).then((r) => onDrawn(r.id)),
  });
  return (
    <StepFormShell<Values>
      title={t('id.spot.draw')}
      testId="spot-draw"
      form={form}
      initialValues={{ orgId: me.org.id, stratifyBy: 'REGION', statuses: ['FILED', 'AIDED'], seed: '' }}
      general={general}
      error={draw.error}
      pending={draw.isPending}
      onSubmit={submit}
      submitLabel={t('id.spot.draw')}
    >
      <Form.Item name="orgId" label={t('id.spot.org')} required>
        <OrgTreeSelect style={{ width: 320 }} />
      </Form.Item>
      <Form.Item name="sharePermille" label={t('id.spot.share')}>
        <InputNumber min={1} max={1000} />
      </Form.Item>
      <Form.Item name="stratifyBy" label={t('id.spot.stratifyBy')} required>
        <Radio.Group options={StratifyBy.values.map((v) => ({ value: v, label: label(StratifyBy, v) }))} />
      </Form.Item>
      <Form.Item name="statuses" label={t('id.inbox.status')} required>
        <Checkbox.Group
          options={SpotCheckStatus.values.map((v) => ({ value: v, label: label(SpotCheckStatus, v) }))}
        />
      </Form.Item>
      <Form.Item name="seed" label={t('id.spot.seed')} required>
        <Input maxLength={64} style={{ width: 240 }} />
      </Form.Item>
    </StepFormShell>
  );
}
