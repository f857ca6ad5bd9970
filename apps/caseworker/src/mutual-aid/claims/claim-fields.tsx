import type { ClaimKind } from '@bangfu/domain';
import { Checkbox, Col, DatePicker, Form, Input, Row } from 'antd';
import { useMaT } from '../i18n/use-ma-t';

const yuan = (name: string, label: string, testId: string) => (
  <Col xs={24} md={8} key={name}>
    <Form.Item name={name} label={label}>
      <Input inputMode="decimal" prefix="¥" data-testid={testId} />
    </Form.Item>
  </Col>
);

/** Dates and amounts of a claim; a stay has admission and discharge, a diagnosis its ICD-10 code. */
export function ClaimFields({ kind }: { kind: ClaimKind | undefined }) {
  const t = useMaT();
  return (
    <Row gutter={12}>
      {kind === 'INPATIENT' ? (
        <>
          <Col xs={24} md={8}>
            <Form.Item name="admissionDate" label={t('ma.claims.admission')} required>
              <DatePicker style={{ width: '100%' }} data-testid="ma-claim-admission" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="dischargeDate" label={t('ma.claims.discharge')} required>
              <DatePicker style={{ width: '100%' }} data-testid="ma-claim-discharge" />
            </Form.Item>
          </Col>
        </>
      ) : (
        <Col xs={24} md={8}>
          <Form.Item name="eventDate" label={t('ma.claims.eventDate')} required>
            <DatePicker style={{ width: '100%' }} data-testid="ma-claim-event" />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={8}>
        <Form.Item name="submittedOn" label={t('ma.claims.submittedOn')} required>
          <DatePicker style={{ width: '100%' }} data-testid="ma-claim-submitted-on" />
        </Form.Item>
      </Col>
      {kind === 'DIAGNOSIS' && (
        <>
          <Col xs={24} md={8}>
            <Form.Item name="icd10" label={t('ma.claims.icd10')} required>
              <Input placeholder="C50.9" maxLength={10} data-testid="ma-claim-icd10" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="firstDiagnosis" valuePropName="checked" label=" ">
              <Checkbox data-testid="ma-claim-first">{t('ma.claims.firstDiagnosis')}</Checkbox>
            </Form.Item>
          </Col>
        </>
      )}
      {yuan('totalCostYuan', t('ma.claims.totalCost'), 'ma-claim-total')}
      {yuan('basicPaidYuan', t('ma.claims.basicPaid'), 'ma-claim-basic')}
      {yuan('selfPayYuan', t('ma.claims.selfPay'), 'ma-claim-self')}
      {yuan('policySelfPayYuan', t('ma.claims.policySelfPay'), 'ma-claim-policy-self')}
      {yuan('otherAidYuan', t('ma.claims.otherAid'), 'ma-claim-other')}
    </Row>
  );
}
