import { ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { SurveyQuestionKind } from '@bangfu/domain';
import { Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useEnumLabel } from '../../../i18n/use-enum-label';
import { useSurveyT } from '../i18n/use-survey-t';

interface QuestionEditorProps {
  name: number;
  onRemove: () => void;
  onUp?: () => void;
}

/** One questionnaire item: code, texts, kind, required, and the kind's own settings. */
export function QuestionEditor({ name, onRemove, onUp }: QuestionEditorProps) {
  const t = useSurveyT();
  const label = useEnumLabel();
  const kind = Form.useWatch(['questions', name, 'kind']);
  const money = Form.useWatch(['questions', name, 'money']);
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="sv-question-editor"
      extra={
        <Flex gap={4}>
          {onUp && (
            <Button size="small" icon={<ArrowUpOutlined />} onClick={onUp} aria-label={t('sv.q.up')} />
          )}
          <Button size="small" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('sv.q.remove')} />
        </Flex>
      }
    >
      <Flex gap={12} wrap>
        <Form.Item name={[name, 'code']} label={t('sv.q.code')} style={{ width: 140 }}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name={[name, 'kind']} label={t('sv.q.kind')} style={{ width: 140 }}>
          <Select
            options={SurveyQuestionKind.values.map((k) => ({
              value: k,
              label: label(SurveyQuestionKind, k),
            }))}
          />
        </Form.Item>
        <Form.Item name={[name, 'required']} label={t('sv.q.required')} valuePropName="checked">
          <Checkbox />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name={[name, 'text', 'zh']} label={t('sv.q.textZh')} style={{ flex: 1, minWidth: 240 }}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name={[name, 'text', 'en']} label={t('sv.q.textEn')} style={{ flex: 1, minWidth: 240 }}>
          <Input maxLength={200} />
        </Form.Item>
      </Flex>
      {kind === 'CHOICE' && (
        <>
          <Form.Item name={[name, 'multiple']} valuePropName="checked">
            <Checkbox>{t('sv.q.multiple')}</Checkbox>
          </Form.Item>
          <Form.Item label={t('sv.q.options')}>
            <Form.List name={[name, 'options']}>
              {(options, o) => (
                <>
                  {options.map((option) => (
                    <Flex key={option.key} gap={8} align="baseline">
                      <Form.Item name={[option.name, 'code']} style={{ width: 120 }}>
                        <Input placeholder={t('sv.q.code')} maxLength={30} />
                      </Form.Item>
                      <Form.Item name={[option.name, 'label', 'zh']} style={{ flex: 1 }}>
                        <Input placeholder="中文" maxLength={200} />
                      </Form.Item>
                      <Form.Item name={[option.name, 'label', 'en']} style={{ flex: 1 }}>
                        <Input placeholder="English" maxLength={200} />
                      </Form.Item>
                      <Button
                        size="small"
                        icon={<DeleteOutlined />}
                        onClick={() => o.remove(option.name)}
                        aria-label={t('sv.q.remove')}
                      />
                    </Flex>
                  ))}
                  <Button size="small" icon={<PlusOutlined />} onClick={() => o.add({ label: {} })}>
                    {t('sv.q.addOption')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
        </>
      )}
      {kind === 'NUMBER' && (
        <Flex gap={12} wrap align="baseline">
          <Form.Item name={[name, 'money']} valuePropName="checked">
            <Checkbox>{t('sv.q.money')}</Checkbox>
          </Form.Item>
          <Form.Item name={[name, 'min']} label={t('sv.q.min')}>
            <InputNumber precision={0} prefix={money ? '¥' : undefined} />
          </Form.Item>
          <Form.Item name={[name, 'max']} label={t('sv.q.max')}>
            <InputNumber precision={0} prefix={money ? '¥' : undefined} />
          </Form.Item>
        </Flex>
      )}
      {kind === 'TEXT' && (
        <Form.Item name={[name, 'maxLength']} label={t('sv.q.maxLength')}>
          <InputNumber min={1} max={2000} precision={0} />
        </Form.Item>
      )}
    </Card>
  );
}
