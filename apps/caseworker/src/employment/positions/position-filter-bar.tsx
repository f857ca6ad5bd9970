import { CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { PositionCategory, PositionStatus, prefectureOf } from '@bangfu/domain';
import { Button, Checkbox, Flex, Tag } from 'antd';
import { DivisionCascader } from '../../components/division-cascader';
import { EnumSelect } from '../../components/enum-select';
import { useT } from '../../i18n/use-t';
import { useEmployer } from '../api/use-employers';
import type { PositionFilters } from './position-filters';

interface PositionFilterBarProps {
  filters: PositionFilters;
  onChange: (patch: Partial<PositionFilters> | null) => void;
}

function divisionValue(code: string | undefined): string[] | undefined {
  if (!code) return undefined;
  const prefecture = prefectureOf(code);
  return prefecture ? [prefecture, code] : [code];
}

export function PositionFilterBar({ filters, onChange }: PositionFilterBarProps) {
  const t = useT();
  const employer = useEmployer(filters.employerId);
  const select = { allowClear: true, style: { width: 160 } };
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
      {filters.employerId && (
        <Tag
          closable
          closeIcon={<CloseOutlined />}
          onClose={() => onChange({ employerId: undefined })}
          data-testid="position-filter-employer"
          style={{ fontSize: 14, padding: '4px 8px' }}
        >
          {t('emp.positions.ofEmployer', { name: employer.data?.name ?? '…' })}
        </Tag>
      )}
      <EnumSelect
        {...select}
        enumDef={PositionCategory}
        placeholder={t('emp.position.category')}
        value={filters.category}
        onChange={(v) => onChange({ category: v as PositionCategory | undefined })}
        data-testid="position-filter-category"
      />
      <DivisionCascader
        changeOnSelect
        allowClear
        placeholder={t('emp.position.divisionCode')}
        style={{ width: 200 }}
        value={divisionValue(filters.divisionCode)}
        onChange={(v) => onChange({ divisionCode: v?.at(-1) })}
        data-testid="position-filter-division"
      />
      <EnumSelect
        {...select}
        enumDef={PositionStatus}
        placeholder={t('emp.position.status')}
        value={filters.status}
        onChange={(v) => onChange({ status: v as PositionStatus | undefined })}
        data-testid="position-filter-status"
      />
      <Checkbox
        checked={filters.listedOnly}
        onChange={(e) => onChange({ listedOnly: e.target.checked })}
        data-testid="position-filter-listed"
      >
        {t('emp.positions.listedOnly')}
      </Checkbox>
      <Button icon={<ReloadOutlined />} onClick={() => onChange(null)} data-testid="position-filter-reset">
        {t('emp.reset')}
      </Button>
    </Flex>
  );
}
