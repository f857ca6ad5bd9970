import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useUnits } from '../api/use-schemes';

/** Picks a participating unit of the user's scope, searched by name on the server. */
export function UnitSelect(props: Omit<SelectProps<string>, 'options' | 'showSearch'>) {
  const [q, setQ] = useState('');
  const units = useUnits(q);
  const rows = units.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={units.isFetching}
      {...props}
      options={rows.map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}
