import { ReloadOutlined } from '@ant-design/icons';
import { HardshipCategory, HardshipCause, HouseholdStatus, prefectureOf } from '@bangfu/domain';
import { Button, Flex, Select } from 'antd';
import { DivisionCascader } from '../../components/division-cascader';
import { EnumSelect } from '../../components/enum-select';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { useT } from '../../i18n/use-t';
import type { ListFilters } from './list-filters';
import { SearchBox } from './search-box';

interface HouseholdFiltersProps {
  filters: ListFilters;
  onChange: (patch: Partial<ListFilters> | null) => void;
}

function divisionValue(code: string | undefined): string[] | undefined {
  if (!code) return undefined;
  const prefecture = prefectureOf(code);
  return prefecture ? [prefecture, code] : [code];
}

export function HouseholdFilters({ filters, onChange }: HouseholdFiltersProps) {
  const t = useT();
  const select = { allowClear: true, style: { width: 160 } };
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <SearchBox key={filters.q ?? ''} value={filters.q} onSearch={(q) => onChange({ q })} />
      <EnumSelect
        {...select}
        enumDef={HardshipCategory}
        placeholder={t('filterCategory')}
        value={filters.category}
        onChange={(v) => onChange({ category: v as HardshipCategory | undefined })}
        data-testid="filter-category"
      />
      <EnumSelect
        {...select}
        enumDef={HardshipCause}
        placeholder={t('filterCause')}
        value={filters.cause}
        onChange={(v) => onChange({ cause: v as HardshipCause | undefined })}
        data-testid="filter-cause"
      />
      <EnumSelect
        {...select}
        enumDef={HouseholdStatus}
        placeholder={t('filterStatus')}
        value={filters.status}
        onChange={(v) => onChange({ status: v as HouseholdStatus | undefined })}
        data-testid="filter-status"
      />
      <DivisionCascader
        changeOnSelect
        allowClear
        placeholder={t('filterDivision')}
        style={{ width: 200 }}
        value={divisionValue(filters.divisionCode)}
        onChange={(v) => onChange({ divisionCode: v?.at(-1) })}
        data-testid="filter-division"
      />
      <OrgTreeSelect
        allowClear
        placeholder={t('filterOrg')}
        style={{ width: 220 }}
        value={filters.orgId}
        onChange={(v) => onChange({ orgId: v ?? undefined })}
        data-testid="filter-org"
      />
      <Select
        aria-label={t('sortLabel')}
        style={{ width: 140 }}
        value={filters.sort}
        onChange={(sort) => onChange({ sort })}
        data-testid="household-sort"
        options={[
          { value: 'updatedDesc', label: t('sortUpdatedDesc') },
          { value: 'nameAsc', label: t('sortNameAsc') },
          { value: 'fileNoAsc', label: t('sortFileNoAsc') },
        ]}
      />
      <Button icon={<ReloadOutlined />} onClick={() => onChange(null)} data-testid="filter-reset">
        {t('filterReset')}
      </Button>
    </Flex>
  );
}
