import { labelKey, useLang } from '@bangfu/client';
import type { LabelledEnum } from '@bangfu/domain';
import { Select, type SelectProps } from 'antd';

type EnumSelectProps<K extends string> = Omit<SelectProps<K | K[]>, 'options'> & {
  enumDef: LabelledEnum<K>;
  /** Limit the choices (e.g. the categories of one standard); default all, in the enum's order. */
  only?: readonly K[];
  exclude?: readonly K[];
};

/** A Select over a domain enum, labelled in the current language. */
export function EnumSelect<K extends string>({ enumDef, only, exclude, ...props }: EnumSelectProps<K>) {
  const { lang } = useLang();
  const key = labelKey(lang);
  const options = enumDef.values
    .filter((v) => (!only || only.includes(v)) && !exclude?.includes(v))
    .map((v) => ({ value: v, label: enumDef.labels[v][key] }));
  return <Select<K | K[]> showSearch={{ optionFilterProp: 'label' }} {...props} options={options} />;
}
