import { CATEGORIES_BY_STANDARD, HardshipCategory, HardshipCause, StandardVersion } from '@bangfu/domain';
import { Card, Form, Input, Row } from 'antd';
import { EnumSelect } from '../../components/enum-select';
import { useT } from '../../i18n/use-t';
import { Cell } from './form-grid';
import type { HouseholdFormValues } from './form-values';

/** 困难认定: the standard decides which categories exist; causes are one main and up to 3 secondary. */
export function HardshipSection() {
  const t = useT();
  const form = Form.useFormInstance<HouseholdFormValues>();
  const standard = Form.useWatch('standardVersion', form);
  const mainCause = Form.useWatch('mainCause', form);
  const onStandardChange = (next: StandardVersion) => {
    const category = form.getFieldValue('category') as HardshipCategory | undefined;
    if (category && !CATEGORIES_BY_STANDARD[next].includes(category))
      form.setFieldValue('category', undefined);
  };
  return (
    <Card size="small" title={t('sectionHardship')}>
      <Row gutter={16}>
        <Cell>
          <Form.Item name="standardVersion" label={t('field.standardVersion')} required>
            <EnumSelect
              enumDef={StandardVersion}
              onChange={(v) => onStandardChange(v as StandardVersion)}
              data-testid="form-standard"
            />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="category" label={t('field.category')} required>
            <EnumSelect
              enumDef={HardshipCategory}
              only={standard ? CATEGORIES_BY_STANDARD[standard] : []}
              data-testid="form-category"
            />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="mainCause" label={t('field.mainCause')} required>
            <EnumSelect enumDef={HardshipCause} data-testid="form-main-cause" />
          </Form.Item>
        </Cell>
        <Cell wide>
          <Form.Item name="secondaryCauses" label={t('field.secondaryCauses')}>
            <EnumSelect
              enumDef={HardshipCause}
              mode="multiple"
              maxCount={3}
              allowClear
              exclude={mainCause ? [mainCause] : []}
              data-testid="form-secondary-causes"
            />
          </Form.Item>
        </Cell>
        <Cell wide>
          <Form.Item name="causeNote" label={t('field.causeNote')}>
            <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Cell>
      </Row>
    </Card>
  );
}
