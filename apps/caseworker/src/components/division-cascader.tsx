import { labelKey, useLang } from '@bangfu/client';
import { type Division, listCounties, listPrefectures } from '@bangfu/domain';
import { Cascader, type CascaderProps } from 'antd';
import { useMemo } from 'react';

interface DivisionOption {
  value: string;
  label: string;
  children?: DivisionOption[];
}

type DivisionCascaderProps = Omit<CascaderProps<DivisionOption>, 'options' | 'multiple'>;

function nameOf(d: Division, lang: 'zh' | 'en'): string {
  return lang === 'en' ? d.nameEn : d.name;
}

/** Guizhou prefecture → county (GB/T 2260). Value is [prefectureCode, countyCode?]. */
export function DivisionCascader(props: DivisionCascaderProps) {
  const { lang } = useLang();
  const key = labelKey(lang);
  const options = useMemo(
    () =>
      listPrefectures().map((p) => ({
        value: p.code,
        label: nameOf(p, key),
        children: listCounties(p.code).map((c) => ({ value: c.code, label: nameOf(c, key) })),
      })),
    [key],
  );
  return <Cascader<DivisionOption> showSearch {...props} options={options} />;
}
