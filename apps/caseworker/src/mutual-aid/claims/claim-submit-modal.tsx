import { businessToday, formatFen, labelIn, useLang } from '@bangfu/client';
import { CLAIM_KINDS_BY_PLAN_TYPE, ClaimKind, ClaimSubmitSchema } from '@bangfu/domain';
import { Alert, App, Col, Form, Modal, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { newIdempotencyKey } from '../../aid/components/idempotency-key';
import { EnumSelect } from '../../components/enum-select';
import { useSubmitClaim } from '../api/use-claims';
import { useEnrolments, useSchemes } from '../api/use-schemes';
import { MaErrorAlert } from '../components/ma-error-alert';
import { UnitSelect } from '../components/unit-select';
import { useMaSubmit } from '../components/use-ma-submit';
import { useMaT } from '../i18n/use-ma-t';
import { ClaimDocuments } from './claim-documents';
import { ClaimFields } from './claim-fields';
import { type ClaimValues, toClaimSubmit } from './claim-values';

/**
 * 提交理赔 for an enrolled member, with the document checklist. Mounted per opening, so one opening
 * has one idempotency key: a double click or a resend files the claim once.
 */
export function ClaimSubmitModal({
  onClose,
  onFiled,
}: {
  onClose: () => void;
  onFiled: (id: string) => void;
}) {
  const t = useMaT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [form] = Form.useForm<ClaimValues>();
  const unitId = Form.useWatch('unitId', form);
  const enrolmentId = Form.useWatch('enrolmentId', form);
  const kind = Form.useWatch('kind', form);
  const enrolments = useEnrolments({ unitId }, Boolean(unitId));
  const schemes = useSchemes(true);
  const rows = enrolments.data?.pages.flatMap((p) => p.items) ?? [];
  const enrolment = rows.find((e) => e.id === enrolmentId);
  const scheme = schemes.data?.find((s) => s.id === enrolment?.schemeId);
  const plan = scheme?.body.plans.find((p) => p.code === enrolment?.planCode);
  const kinds = plan ? CLAIM_KINDS_BY_PLAN_TYPE[plan.type] : ClaimKind.values;
  const submit = useSubmitClaim();
  const { problem, check } = useMaSubmit(ClaimSubmitSchema);
  const onEnrolment = (id: string) => {
    const e = rows.find((x) => x.id === id);
    const p = schemes.data?.find((s) => s.id === e?.schemeId)?.body.plans.find((x) => x.code === e?.planCode);
    if (p) form.setFieldValue('kind', CLAIM_KINDS_BY_PLAN_TYPE[p.type][0]);
  };
  const send = () => {
    const input = check(toClaimSubmit(form.getFieldsValue(true) as ClaimValues, plan?.code, idempotencyKey));
    if (!input) return;
    submit.mutate(input, {
      onSuccess: (r) => {
        message.success(
          r.duplicate ? t('ma.claims.duplicate') : t('ma.claims.filed', { amount: formatFen(r.payableFen) }),
        );
        onFiled(r.id);
      },
    });
  };
  const today = dayjs(businessToday());
  return (
    <Modal
      open
      width={820}
      title={t('ma.claims.submit')}
      onOk={send}
      onCancel={onClose}
      confirmLoading={submit.isPending}
      okText={t('ma.claims.submit')}
      cancelText={t('ma.form.cancel')}
      okButtonProps={{ 'data-testid': 'ma-claim-save' }}
      destroyOnHidden
    >
      <Form<ClaimValues>
        form={form}
        layout="vertical"
        initialValues={{ eventDate: today, admissionDate: today, dischargeDate: today, submittedOn: today }}
      >
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name="unitId" label={t('ma.enrol.unit')} required>
              <UnitSelect
                data-testid="ma-claim-unit"
                onChange={() => form.setFieldValue('enrolmentId', undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="enrolmentId" label={t('ma.claims.enrolment')} required>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={enrolments.isFetching}
                onChange={onEnrolment}
                data-testid="ma-claim-enrolment"
                options={rows.map((e) => {
                  const s = schemes.data?.find((x) => x.id === e.schemeId);
                  const p = s?.body.plans.find((x) => x.code === e.planCode);
                  return {
                    value: e.id,
                    label: `${e.memberName} ${e.idNumberMasked.slice(-4)} · ${p ? labelIn(p.name, lang) : e.planCode} · ${e.termYear}`,
                  };
                })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('ma.claims.kind')} required>
              <EnumSelect enumDef={ClaimKind} only={kinds} data-testid="ma-claim-kind" />
            </Form.Item>
          </Col>
        </Row>
        <ClaimFields kind={kind} />
        <Form.Item name="documents" label={t('ma.claims.documents')} required>
          <ClaimDocuments planType={plan?.type} kind={kind} />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={t('ma.form.problem', { msg: problem })} />}
      <MaErrorAlert error={submit.error} />
    </Modal>
  );
}
