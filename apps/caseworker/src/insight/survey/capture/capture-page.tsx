import { domainCode, errorMessage, fieldErrors, useLang } from '@bangfu/client';
import { Alert, App, Button, Card, Form, Input, Radio, Result, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { DivisionCascader } from '../../../components/division-cascader';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ActionErrorAlert } from '../../../employment/components/action-error-alert';
import { useCampaign, useCapture, useCorrect, useResponse } from '../api/use-survey';
import { useSurveyT } from '../i18n/use-survey-t';
import { AnswerField } from './answer-field';
import { answersToForm, answersToWire } from './answer-values';
import { HouseholdPicker } from './household-picker';

interface CaptureForm {
  kind: 'FILED' | 'UNFILED';
  householdId?: string;
  respondentName?: string;
  orgId?: string;
  division?: string[];
  answers?: Record<string, unknown>;
}

/** 录入 / 更正答卷: a form generated from the frozen questionnaire, for a filed or unfiled household. */
export function CapturePage() {
  const { id = '', responseId } = useParams();
  const t = useSurveyT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CaptureForm>();
  const kind = Form.useWatch('kind', form);
  const campaign = useCampaign(id);
  const existing = useResponse(responseId);
  const capture = useCapture();
  const correct = useCorrect();
  const [general, setGeneral] = useState<string[]>([]);
  const questions = campaign.data?.questions;
  useEffect(() => {
    if (existing.data && questions)
      form.setFieldsValue({ answers: answersToForm(questions, existing.data.answers) });
  }, [existing.data, questions, form]);
  if (campaign.isError) return <QueryError error={campaign.error} />;
  if (existing.isError) return <QueryError error={existing.error} />;
  const c = campaign.data;
  if (!c || (responseId && !existing.data)) return <PageLoading />;
  if (c.status !== 'OPEN') return <Result status="warning" title={t('sv.cap.notOpen')} />;
  if (c.myTeamIds.length === 0) return <Result status="403" title={t('sv.cap.notMember')} />;

  const showErrors = (error: unknown) => {
    const errors = fieldErrors(error, lang);
    const rest: string[] = [];
    const fields = Object.entries(errors).flatMap(([key, msgs]) => {
      if (key.startsWith('answers.')) return [{ name: ['answers', key.slice(8)], errors: msgs }];
      rest.push(...msgs);
      return [];
    });
    form.setFields(fields as never);
    setGeneral(rest);
  };
  const done = () => {
    message.success(t('sv.cap.saved'));
    navigate(`/insight/survey/${c.id}`);
  };
  const onFinish = (v: CaptureForm) => {
    const answers = answersToWire(c.questions, v.answers);
    if (existing.data) {
      correct.mutate(
        { id: existing.data.id, version: existing.data.version, answers },
        { onSuccess: done, onError: showErrors },
      );
      return;
    }
    const respondent =
      v.kind === 'FILED'
        ? { householdId: v.householdId }
        : {
            unfiled: {
              respondentName: v.respondentName ?? '',
              orgId: v.orgId ?? '',
              divisionCode: v.division?.at(-1) ?? '',
            },
          };
    capture.mutate({ campaignId: c.id, ...respondent, answers }, { onSuccess: done, onError: showErrors });
  };
  const error = capture.error ?? correct.error;
  return (
    <Card>
      <Typography.Title level={4}>
        {existing.data ? t('sv.cap.correctTitle') : t('sv.cap.title')} · {c.title}
      </Typography.Title>
      <Form<CaptureForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'FILED' }}
        onFinish={onFinish}
        style={{ maxWidth: 720 }}
      >
        {existing.data ? (
          <Typography.Paragraph data-testid="sv-respondent">
            {existing.data.respondent} · {existing.data.orgName}
          </Typography.Paragraph>
        ) : (
          <>
            <Form.Item name="kind" label={t('sv.cap.kind')}>
              <Radio.Group
                options={[
                  { value: 'FILED', label: t('sv.cap.filed') },
                  { value: 'UNFILED', label: t('sv.cap.unfiled') },
                ]}
              />
            </Form.Item>
            {kind !== 'UNFILED' ? (
              <Form.Item name="householdId" label={t('sv.cap.filed')} rules={[{ required: true }]}>
                <HouseholdPicker />
              </Form.Item>
            ) : (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Form.Item name="respondentName" label={t('sv.cap.name')} rules={[{ required: true }]}>
                  <Input maxLength={50} data-testid="sv-unfiled-name" />
                </Form.Item>
                <Form.Item name="orgId" label={t('sv.cap.org')} rules={[{ required: true }]}>
                  <OrgTreeSelect />
                </Form.Item>
                <Form.Item name="division" label={t('sv.cap.division')} rules={[{ required: true }]}>
                  <DivisionCascader />
                </Form.Item>
              </Space>
            )}
          </>
        )}
        {c.questions.map((q) => (
          <AnswerField key={q.code} q={q} />
        ))}
        {general.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('sv.cap.problems')}
            description={general.join(';')}
            style={{ marginBottom: 16 }}
          />
        )}
        {error && domainCode(error) !== 'VALIDATION' && (
          <ActionErrorAlert error={error} onReload={() => existing.refetch()} />
        )}
        {error && domainCode(error) === 'VALIDATION' && general.length === 0 && (
          <Alert type="error" showIcon title={errorMessage(error, lang)} style={{ marginBottom: 16 }} />
        )}
        <Space style={{ marginTop: 16 }}>
          <Button
            type="primary"
            htmlType="submit"
            loading={capture.isPending || correct.isPending}
            data-testid="sv-submit"
          >
            {t('save')}
          </Button>
          <Button onClick={() => navigate(`/insight/survey/${c.id}`)}>{t('cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
