import { Select } from 'antd';
import { useState } from 'react';
import { useHouseholdSearch } from '../api/use-survey';
import { useSurveyT } from '../i18n/use-survey-t';

interface HouseholdPickerProps {
  value?: string;
  onChange?: (id: string | undefined) => void;
}

/** Picks a household file in the user's scope (households.list), by name or file number. */
export function HouseholdPicker({ value, onChange }: HouseholdPickerProps) {
  const t = useSurveyT();
  const [q, setQ] = useState('');
  const search = useHouseholdSearch(q, true);
  const options = (search.data?.items ?? []).map((h) => ({
    value: h.id,
    label: `${h.headName}(${h.fileNo ?? h.headIdMasked})· ${h.orgName}`,
  }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('sv.cap.search')}
      loading={search.isFetching}
      options={options}
      style={{ width: '100%' }}
      data-testid="sv-household-picker"
    />
  );
}
