import { HardshipCategory } from '@bangfu/domain';
import { Tag } from 'antd';
import { useEnumLabel } from '../i18n/use-enum-label';

/** Deeper hardship reads warmer: 低保/深度 red, 边缘/相对 orange, accidents purple. */
const CATEGORY_COLOR: Record<HardshipCategory, string> = {
  DIBAO: 'red',
  DEEP: 'red',
  DIBAO_EDGE: 'orange',
  RELATIVE: 'orange',
  ACCIDENT_2016: 'purple',
  ACCIDENT: 'purple',
};

export function CategoryTag({ value }: { value: HardshipCategory }) {
  const label = useEnumLabel();
  return <Tag color={CATEGORY_COLOR[value]}>{label(HardshipCategory, value)}</Tag>;
}
