import { businessToday, labelKey, useLang } from '@bangfu/client';
import {
  AID_ELIGIBLE_STATUSES,
  Festival,
  FestivalCampaignInputSchema,
  FundingSource,
  HardshipCategory,
  HouseholdStatus,
} from '@bangfu/domain';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/current-user';
import { EnumSelect } from '../../components/enum-select';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { useCreateCampaign } from '../api/use-festival';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidForm } from '../components/use-aid-form';
import { useAidT } from '../i18n/use-aid-t';
import { type CampaignFormValues, campaignPathOf, toCampaignInput } from './campaign-form-values';

/** 新建送温暖活动: who (categories with their amounts, file statuses) under which union, from which fund. */
export function CampaignCreateModal({ onClose }: { onClose: () => void }) {
  const t = useAidT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const create = useCreateCampaign();
  const { form, general, submit } = useAidForm({
    schema: FestivalCampaignInputSchema,
    toDraft: (v: CampaignFormValues) => toCampaignInput(v, t('money')),
    pathOf: campaignPathOf,
    onValid: (input) =>
      create.mutateAsync(input).then(({ id }) => {
        message.success(t('aid.fest.created'));
        onClose();
        navigate(`/aid/festival/${id}`);
      }),
  });
  const year = Number(businessToday().slice(0, 4));
  return (
    <Modal
      open
      width={760}
      title={t('aid.fest.new')}
      okText={t('save')}
      okButtonProps={{ 'data-testid': 'campaign-save' }}
      confirmLoading={create.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CampaignFormValues>
        form={form}
        layout="vertical"
        initialValues={{
          orgId: me.org.id,
          festival: 'SPRING_FESTIVAL',
          year,
          eligibleStatuses: [...AID_ELIGIBLE_STATUSES],
          fundingSource: 'UNION_FUNDS',
          name: `${year}年春节送温暖`,
        }}
      >
        <Row gutter={12}>
          <Col span={24}>
            <Form.Item name="name" label={t('aid.fest.name')} required>
              <Input maxLength={100} data-testid="campaign-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="orgId" label={t('aid.fest.org')} required>
              <OrgTreeSelect data-testid="campaign-org" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="festival" label={t('aid.fest.festival')} required>
              <EnumSelect enumDef={Festival} data-testid="campaign-festival" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="year" label={t('aid.fest.year')} required>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} data-testid="campaign-year" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label={t('aid.fest.amounts')}
              extra={t('aid.fest.amountsHint')}
              required
              style={{ marginBottom: 0 }}
            >
              <Row gutter={8}>
                {HardshipCategory.values.map((c) => (
                  <Col xs={12} md={8} key={c}>
                    <Form.Item name={['amountsYuan', c]} label={HardshipCategory.labels[c][labelKey(lang)]}>
                      <Input inputMode="decimal" prefix="¥" data-testid={`campaign-amount-${c}`} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="eligibleStatuses" label={t('aid.fest.statuses')} required>
              <EnumSelect enumDef={HouseholdStatus} mode="multiple" data-testid="campaign-statuses" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fundingSource" label={t('aid.fest.funding')} required>
              <EnumSelect enumDef={FundingSource} data-testid="campaign-funding" />
            </Form.Item>
          </Col>
        </Row>
        {general.length > 0 && (
          <Alert type="error" showIcon title={t('fixErrors')} description={general.join('；')} />
        )}
        <AidErrorAlert error={create.error} />
      </Form>
    </Modal>
  );
}
