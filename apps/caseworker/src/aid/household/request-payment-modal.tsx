import { labelKey, useLang } from '@bangfu/client';
import {
  AidMeasureKind,
  AidProgramme,
  FundingSource,
  MEASURE_PROGRAMME,
  PaymentRequestSchema,
} from '@bangfu/domain';
import { Alert, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { EnumSelect } from '../../components/enum-select';
import type { AidPlan, RequestedPayment } from '../api/types';
import { useRequestPayment } from '../api/use-payments';
import { AidErrorAlert } from '../components/aid-error-alert';
import { newIdempotencyKey } from '../components/idempotency-key';
import { useAidForm } from '../components/use-aid-form';
import { useAidT } from '../i18n/use-aid-t';
import { type RequestPaymentValues, requestPathOf, toRequestInput } from './request-payment-values';
import { RequestResult } from './request-result';

interface RequestPaymentModalProps {
  householdId: string;
  plan: AidPlan | null;
  onClose: () => void;
}

/**
 * 申请发放. The modal is mounted per opening, so each opening has its own idempotency key and
 * every retry of it (a double click, a resend after a timeout) is the same request.
 */
export function RequestPaymentModal({ householdId, plan, onClose }: RequestPaymentModalProps) {
  const t = useAidT();
  const { lang } = useLang();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [result, setResult] = useState<RequestedPayment | null>(null);
  const request = useRequestPayment();
  const { form, general, submit } = useAidForm({
    schema: PaymentRequestSchema,
    toDraft: (v: RequestPaymentValues) => toRequestInput(v, { householdId, idempotencyKey }, t('money')),
    pathOf: requestPathOf,
    onValid: (input) => request.mutateAsync(input).then(setResult),
  });
  const programme = Form.useWatch('programme', form);
  const measures = (plan?.measures ?? []).filter((m) => MEASURE_PROGRAMME[m.kind] !== null);
  const onMeasure = (id: string | undefined) => {
    const m = measures.find((x) => x.id === id);
    if (m) form.setFieldValue('programme', MEASURE_PROGRAMME[m.kind]);
  };
  return (
    <Modal
      open
      width={720}
      title={t('aid.pay.request')}
      okText={result ? t('aid.pay.close') : t('aid.pay.submit')}
      okButtonProps={{ 'data-testid': result ? 'pay-request-close' : 'pay-request-submit' }}
      cancelButtonProps={{ style: result ? { display: 'none' } : undefined }}
      confirmLoading={request.isPending}
      onOk={result ? onClose : submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {result ? (
        <RequestResult result={result} />
      ) : (
        <Form<RequestPaymentValues>
          form={form}
          layout="vertical"
          initialValues={{ fundingSource: 'UNION_FUNDS' }}
        >
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="measureId" label={t('aid.pay.measure')}>
                <Select
                  allowClear
                  placeholder={t('aid.pay.noMeasure')}
                  onChange={onMeasure}
                  data-testid="pay-measure"
                  options={measures.map((m) => ({
                    value: m.id,
                    label: `${m.seq}. ${AidMeasureKind.labels[m.kind][labelKey(lang)]} · ${m.description}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="programme" label={t('aid.pay.programme')} required>
                <EnumSelect enumDef={AidProgramme} data-testid="pay-programme" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="amountYuan" label={t('aid.pay.amount')} required>
                <Input inputMode="decimal" prefix="¥" data-testid="pay-amount" />
              </Form.Item>
            </Col>
            {programme === 'MEDICAL' && (
              <Col xs={24} md={8}>
                <Form.Item name="selfPaidYuan" label={t('aid.pay.selfPaid')}>
                  <Input inputMode="decimal" prefix="¥" data-testid="pay-self-paid" />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={8}>
              <Form.Item name="fundingSource" label={t('aid.pay.funding')} required>
                <EnumSelect enumDef={FundingSource} data-testid="pay-funding" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="paidOn" label={t('aid.pay.paidOn')}>
                <DatePicker style={{ width: '100%' }} data-testid="pay-paid-on" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="note" label={t('aid.pay.note')} required>
                <Input.TextArea rows={2} maxLength={1000} data-testid="pay-note" />
              </Form.Item>
            </Col>
          </Row>
          {general.length > 0 && (
            <Alert type="error" showIcon title={t('fixErrors')} description={general.join('；')} />
          )}
          <AidErrorAlert error={request.error} />
        </Form>
      )}
    </Modal>
  );
}
