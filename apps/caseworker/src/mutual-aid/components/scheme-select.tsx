import { labelIn, useLang } from '@bangfu/client';
import { Select, type SelectProps } from 'antd';
import type { Scheme } from '../api/types';
import { useSchemes } from '../api/use-schemes';

/** Picks one current scheme version the user may see: name, term year and version. */
export function SchemeSelect(props: Omit<SelectProps<string>, 'options'>) {
  const { lang } = useLang();
  const schemes = useSchemes();
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      loading={schemes.isPending}
      {...props}
      options={(schemes.data ?? []).map((s) => ({
        value: s.id,
        label: `${labelIn(s.name, lang)} · ${s.termYear} · v${s.version}`,
      }))}
    />
  );
}

/** The scheme with `id` from the (cached) list, once it has arrived. */
export function useScheme(id: string | undefined): Scheme | undefined {
  const schemes = useSchemes();
  return id ? schemes.data?.find((s) => s.id === id) : undefined;
}
