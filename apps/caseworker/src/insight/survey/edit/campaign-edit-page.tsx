import { businessYear, fieldErrors, localizeBilingual, useLang } from '@bangfu/client';
import { SurveyCampaignInputSchema } from '@bangfu/domain';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Result,
  Space,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ActionErrorAlert } from '../../../employment/components/action-error-alert';
import type { CampaignInput } from '../api/types';
import { useCampaign, useCreateCampaign, useUpdateCampaign } from '../api/use-survey';
import { useSurveyT } from '../i18n/use-survey-t';
import { SURVEY_MANAGE_ROLES, useHasSurveyRole } from '../permissions';
import { type CampaignFormValues, campaignToForm, toCampaignInput } from './campaign-form-values';
import { QuestionnaireBuilder } from './questionnaire-builder';
import { TeamsEditor } from './teams-editor';

/** 发起 / 编辑调研活动 (DRAFT only): basics, teams and the questionnaire, checked with the server's schema. */
export function CampaignEditPage() {
  const { id } = useParams();
  const t = useSurveyT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CampaignFormValues>();
  const allowed = useHasSurveyRole(SURVEY_MANAGE_ROLES);
  const campaign = useCampaign(id);
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    if (campaign.data) form.setFieldsValue(campaignToForm(campaign.data));
  }, [campaign.data, form]);
  if (!allowed) return <Result status="403" title={t('forbiddenTitle')} />;
  if (id && campaign.isError) return <QueryError error={campaign.error} onRetry={() => campaign.refetch()} />;
  if (id && !campaign.data) return <PageLoading />;
  if (campaign.data && campaign.data.status !== 'DRAFT')
    return <Result status="warning" title={t('sv.edit.frozen')} />;

  const listProblems = (byPath: Record<string, string[]>) =>
    setProblems(
      Object.entries(byPath).flatMap(([path, msgs]) =>
        msgs.map((m) => `${path}:${localizeBilingual(m, lang)}`),
      ),
    );
  const onFinish = (values: CampaignFormValues) => {
    const parsed = SurveyCampaignInputSchema.safeParse(toCampaignInput(values));
    if (!parsed.success) {
      const byPath: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.map(String).join('.') || '_';
        byPath[key] = [...(byPath[key] ?? []), issue.message];
      }
      listProblems(byPath);
      return;
    }
    setProblems([]);
    const input = parsed.data as CampaignInput;
    const onError = (e: unknown) => listProblems(fieldErrors(e));
    const onSuccess = (saved: { id: string }) => {
      message.success(t('sv.edit.saved'));
      navigate(`/insight/survey/${saved.id}`);
    };
    if (campaign.data)
      update.mutate(
        { ...input, id: campaign.data.id, version: campaign.data.version },
        { onSuccess, onError },
      );
    else create.mutate(input, { onSuccess, onError });
  };
  const year = businessYear();
  return (
    <Card>
      <Typography.Title level={4}>{id ? t('sv.edit.edit') : t('sv.edit.new')}</Typography.Title>
      <Form<CampaignFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ year, teams: [{ regions: [{}] }], questions: [] }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="title" label={t('sv.field.title')} style={{ flex: 1, minWidth: 320 }}>
            <Input maxLength={100} data-testid="sv-edit-title" />
          </Form.Item>
          <Form.Item name="year" label={t('sv.field.year')}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="period" label={t('sv.field.period')}>
            <DatePicker.RangePicker />
          </Form.Item>
        </Flex>
        <Divider titlePlacement="start">{t('sv.field.teams')}</Divider>
        <TeamsEditor />
        <Divider titlePlacement="start">{t('sv.q.title')}</Divider>
        <QuestionnaireBuilder form={form} />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            title={t('sv.cap.problems')}
            data-testid="sv-edit-problems"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        )}
        <ActionErrorAlert
          error={problems.length === 0 ? (create.error ?? update.error) : null}
          onReload={() => campaign.refetch()}
        />
        <Space style={{ marginTop: 16 }}>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending || update.isPending}
            data-testid="sv-edit-save"
          >
            {t('save')}
          </Button>
          <Button onClick={() => navigate(id ? `/insight/survey/${id}` : '/insight/survey')}>
            {t('cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
