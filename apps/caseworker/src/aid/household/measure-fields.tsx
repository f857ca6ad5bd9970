import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AidMeasureKind, AidMeasureStatus, HardshipCause } from '@bangfu/domain';
import { Button, Card, Col, DatePicker, Form, Input, Row } from 'antd';
import { EnumSelect } from '../../components/enum-select';
import { useAidT } from '../i18n/use-aid-t';

/** The measures of a draft, one small card each: measure from the catalogue, the cause it meets, by when. */
export function MeasureFields({ defaultCause }: { defaultCause: HardshipCause }) {
  const t = useAidT();
  return (
    <Form.List name="measures">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 8 }}
              data-testid="measure-card"
              title={`${t('aid.measure.kind')} ${i + 1}`}
              extra={
                <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                  {t('aid.measure.remove')}
                </Button>
              }
            >
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'kind']} label={t('aid.measure.kind')} required>
                    <EnumSelect enumDef={AidMeasureKind} data-testid={`measure-kind-${i}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'cause']} label={t('aid.measure.cause')} required>
                    <EnumSelect enumDef={HardshipCause} data-testid={`measure-cause-${i}`} />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name={[field.name, 'description']} label={t('aid.measure.description')} required>
                    <Input.TextArea rows={2} maxLength={500} data-testid={`measure-description-${i}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'targetDate']} label={t('aid.measure.targetDate')}>
                    <DatePicker style={{ width: '100%' }} data-testid={`measure-target-${i}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'plannedAmountYuan']} label={t('aid.measure.amount')}>
                    <Input inputMode="decimal" data-testid={`measure-amount-${i}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'status']} label={t('aid.measure.status')}>
                    <EnumSelect enumDef={AidMeasureStatus} data-testid={`measure-status-${i}`} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            block
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ cause: defaultCause, status: 'PLANNED' })}
            data-testid="measure-add"
          >
            {t('aid.measure.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
