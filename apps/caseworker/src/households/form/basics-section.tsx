import { AreaBand, HousingType } from '@bangfu/domain';
import { Card, Form, Input, Row } from 'antd';
import { DivisionCascader } from '../../components/division-cascader';
import { EnumSelect } from '../../components/enum-select';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { useT } from '../../i18n/use-t';
import { Cell } from './form-grid';

/** 基本信息: filing union (new files only), county, address, housing. */
export function BasicsSection({ showOrg }: { showOrg: boolean }) {
  const t = useT();
  return (
    <Card size="small" title={t('sectionBasics')}>
      <Row gutter={16}>
        {showOrg && (
          <Cell>
            <Form.Item name="orgId" label={t('field.orgId')} required>
              <OrgTreeSelect data-testid="form-org" />
            </Form.Item>
          </Cell>
        )}
        <Cell>
          <Form.Item name="division" label={t('field.divisionCode')} required>
            <DivisionCascader data-testid="form-division" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="postalCode" label={t('field.postalCode')}>
            <Input maxLength={6} inputMode="numeric" data-testid="form-postal-code" />
          </Form.Item>
        </Cell>
        <Cell wide>
          <Form.Item name="address" label={t('field.address')} required>
            <Input maxLength={200} data-testid="form-address" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="housingType" label={t('field.housingType')} required>
            <EnumSelect enumDef={HousingType} data-testid="form-housing-type" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="areaBand" label={t('field.areaBand')} required>
            <EnumSelect enumDef={AreaBand} data-testid="form-area-band" />
          </Form.Item>
        </Cell>
      </Row>
    </Card>
  );
}
