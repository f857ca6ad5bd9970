import { formatFen, formatInstant, useT as useCommonT, useLang } from '@bangfu/client';
import { AreaBand, getDivision, HardshipCause, HousingType, StandardVersion } from '@bangfu/domain';
import { Descriptions, type DescriptionsProps } from 'antd';
import type { HouseholdDetail } from '../../api/types';
import { CategoryTag } from '../../components/category-tag';
import { StatusTag } from '../../components/status-tag';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useT } from '../../i18n/use-t';

/** The file's own fields (members and bank account are shown separately). */
export function HouseholdDescriptions({ household: h }: { household: HouseholdDetail }) {
  const t = useT();
  const common = useCommonT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const yesNo = (v: boolean) => (v ? common('yes') : common('no'));
  const county = getDivision(h.divisionCode);
  const items: DescriptionsProps['items'] = [
    { key: 'fileNo', label: t('field.fileNo'), children: h.fileNo ?? t('noFileNo') },
    { key: 'status', label: t('field.status'), children: <StatusTag value={h.status} /> },
    { key: 'org', label: t('field.orgName'), children: h.orgName },
    {
      key: 'standard',
      label: t('field.standardVersion'),
      children: label(StandardVersion, h.standardVersion),
    },
    { key: 'category', label: t('field.category'), children: <CategoryTag value={h.category} /> },
    { key: 'mainCause', label: t('field.mainCause'), children: label(HardshipCause, h.mainCause) },
    {
      key: 'secondaryCauses',
      label: t('field.secondaryCauses'),
      children: h.secondaryCauses.map((c) => label(HardshipCause, c)).join('、') || '—',
    },
    { key: 'causeNote', label: t('field.causeNote'), children: h.causeNote || '—', span: 2 },
    {
      key: 'county',
      label: t('field.divisionCode'),
      children: county ? (lang === 'en' ? county.nameEn : county.name) : h.divisionCode,
    },
    { key: 'address', label: t('field.address'), children: h.address, span: 2 },
    { key: 'postalCode', label: t('field.postalCode'), children: h.postalCode || '—' },
    { key: 'housingType', label: t('field.housingType'), children: label(HousingType, h.housingType) },
    { key: 'areaBand', label: t('field.areaBand'), children: label(AreaBand, h.areaBand) },
    { key: 'income', label: t('field.householdMonthlyIncome'), children: formatFen(h.monthlyIncomeFen) },
    {
      key: 'otherIncome',
      label: t('field.otherAnnualIncomeFen'),
      children: formatFen(h.otherAnnualIncomeFen),
    },
    { key: 'employer', label: t('field.employerName'), children: h.employerName || '—' },
    { key: 'union', label: t('field.unionMember'), children: yesNo(h.unionMember) },
    { key: 'unionCardNo', label: t('field.unionCardNo'), children: h.unionCardNo || '—' },
    { key: 'singleParent', label: t('field.singleParent'), children: yesNo(h.singleParent) },
    { key: 'zeroEmployment', label: t('field.zeroEmployment'), children: yesNo(h.zeroEmployment) },
    { key: 'selfHelp', label: t('field.selfHelpCapacity'), children: yesNo(h.selfHelpCapacity) },
    { key: 'createdAt', label: t('field.createdAt'), children: formatInstant(h.createdAt, lang) },
    { key: 'updatedAt', label: t('field.updatedAt'), children: formatInstant(h.updatedAt, lang) },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}
