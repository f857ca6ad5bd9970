import { type SixStepCode, VerificationResult, VerificationSource } from '@bangfu/domain';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { type IdentMessageKey, useIdentT } from '../i18n/use-ident-t';
import { ChecklistFields } from './checklist-fields';
import { ClassificationFields } from './classification-fields';

const D = ['data'];

function CompareFields() {
  const t = useIdentT();
  return (
    <>
      <Form.Item name={[...D, 'neighbours']} label={t('id.six.neighbours')} required>
        <Radio.Group
          data-testid="six-neighbours"
          options={(['LOWER', 'SIMILAR', 'HIGHER'] as const).map((v) => ({
            value: v,
            label: t(`id.six.${v}`),
          }))}
        />
      </Form.Item>
      {(['neighbourNote', 'peerNote', 'thresholdNote'] as const).map((k) => (
        <Form.Item key={k} name={[...D, k]} label={t(`id.six.${k}`)} required={k === 'neighbourNote'}>
          <Input.TextArea rows={1} maxLength={2000} data-testid={`six-${k}`} />
        </Form.Item>
      ))}
    </>
  );
}

function VerifyFields() {
  const t = useIdentT();
  const label = useEnumLabel();
  return (
    <Form.List name={[...D, 'checks']}>
      {(rows, { add, remove }) => (
        <Form.Item label={t('id.six.checks')} required>
          {rows.map((row) => (
            <Space key={row.key} align="baseline" wrap>
              <Form.Item name={[row.name, 'source']} rules={[{ required: true }]}>
                <Select
                  style={{ width: 180 }}
                  data-testid={`six-check-source-${row.name}`}
                  options={VerificationSource.values.map((v) => ({
                    value: v,
                    label: label(VerificationSource, v),
                  }))}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'result']} rules={[{ required: true }]}>
                <Radio.Group
                  data-testid={`six-check-result-${row.name}`}
                  options={VerificationResult.values.map((v) => ({
                    value: v,
                    label: label(VerificationResult, v),
                  }))}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'note']}>
                <Input placeholder={t('id.survey.note')} maxLength={2000} />
              </Form.Item>
              <Button onClick={() => remove(row.name)}>{t('id.demo.remove')}</Button>
            </Space>
          ))}
          <div>
            <Button onClick={() => add({ source: 'DOCUMENTS', result: 'CONSISTENT' })}>
              {t('id.calc.add')}
            </Button>
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}

function DeliberateFields() {
  const t = useIdentT();
  return (
    <>
      <Space wrap>
        <Form.Item name={[...D, 'meetingOn']} label={t('id.demo.meetingDate')} required>
          <DatePicker data-testid="six-meeting-on" />
        </Form.Item>
        {(['attendees', 'votesFor', 'votesAgainst'] as const).map((k) => (
          <Form.Item key={k} name={[...D, k]} label={t(`id.six.${k}` as IdentMessageKey)} required>
            <InputNumber min={0} max={500} data-testid={`six-${k}`} />
          </Form.Item>
        ))}
      </Space>
      <Form.Item name={[...D, 'conclusion']} label={t('id.six.conclusion')} required>
        <Radio.Group
          data-testid="six-conclusion"
          options={(['AGREE', 'DISAGREE', 'DEFER'] as const).map((v) => ({
            value: v,
            label: t(`id.six.${v}`),
          }))}
        />
      </Form.Item>
      <Form.Item name={[...D, 'minutesRef']} label={t('id.six.minutesRef')}>
        <Input maxLength={200} data-testid="six-minutes-ref" />
      </Form.Item>
    </>
  );
}

function EnterFields() {
  const t = useIdentT();
  return (
    <>
      <Form.Item name={[...D, 'visitedOn']} label={t('id.six.visitedOn')} required>
        <DatePicker data-testid="six-visited-on" />
      </Form.Item>
      <Form.Item name={[...D, 'householdPresent']} valuePropName="checked">
        <Checkbox data-testid="six-household-present">{t('id.six.householdPresent')}</Checkbox>
      </Form.Item>
      <Form.Item name={[...D, 'note']} label={t('id.survey.note')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="six-note" />
      </Form.Item>
    </>
  );
}

/** The fields of one 六步法 step, under `data`. */
export function SixStepFields({ code }: { code: SixStepCode }) {
  switch (code) {
    case 'ENTER':
      return <EnterFields />;
    case 'LOOK':
      return <ChecklistFields prefix={[...D, 'checklist']} />;
    case 'CALCULATE':
      return <ClassificationFields prefix={[...D, 'input']} />;
    case 'COMPARE':
      return <CompareFields />;
    case 'VERIFY':
      return <VerifyFields />;
    case 'DELIBERATE':
      return <DeliberateFields />;
  }
}
