import { Select, type SelectProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useEmployer, useEmployerOptions } from '../api/use-employers';

/** Typing pauses this long before the server is asked, so a fast typist sends one search. */
const SEARCH_DELAY_MS = 300;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

type EmployerSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'>;

/**
 * Picks an employer by typing part of its name (searched on the server). A chosen employer that is
 * not on the current page of results is still labelled, from `employers.get`.
 */
export function EmployerSelect({ value, ...props }: EmployerSelectProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const list = useEmployerOptions(q || undefined);
  const items = list.data?.items;
  const missing = Boolean(value) && !items?.some((e) => e.id === value);
  const chosen = useEmployer(missing ? (value ?? undefined) : undefined);
  const options = useMemo(() => {
    const rows = (items ?? []).map((e) => ({ value: e.id, label: e.name }));
    if (chosen.data && !rows.some((r) => r.value === chosen.data.id))
      rows.unshift({ value: chosen.data.id, label: chosen.data.name });
    return rows;
  }, [items, chosen.data]);
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={list.isFetching}
      {...props}
      value={value}
      options={options}
    />
  );
}
