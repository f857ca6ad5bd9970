import {
  AccountBookOutlined,
  BankOutlined,
  BarChartOutlined,
  FileProtectOutlined,
  MedicineBoxOutlined,
  ProfileOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useMaT } from './i18n/use-ma-t';
import {
  FUND_REPORT_ROLES,
  MA_FUND_READ_ROLES,
  MA_READ_ROLES,
  READ_CLAIM_ROLES,
  useHasMaRole,
} from './permissions';

type MenuItem = NonNullable<MenuProps['items']>[number];

export const MUTUAL_AID_MENU_KEYS = [
  '/mutual-aid/schemes',
  '/mutual-aid/units',
  '/mutual-aid/enrol',
  '/mutual-aid/accounts',
  '/mutual-aid/claims',
  '/mutual-aid/statistics',
  '/mutual-aid/pharmacy',
] as const;

/** The 医疗互助 group of the side menu, with only the entries the user's roles can use. */
export function useMutualAidMenuGroup(): MenuItem | null {
  const t = useMaT();
  const read = useHasMaRole(MA_READ_ROLES);
  const fund = useHasMaRole(MA_FUND_READ_ROLES);
  const claims = useHasMaRole(READ_CLAIM_ROLES);
  const report = useHasMaRole(FUND_REPORT_ROLES);
  const children = [
    read && { key: '/mutual-aid/schemes', icon: <ProfileOutlined />, label: t('ma.menuSchemes') },
    read && { key: '/mutual-aid/units', icon: <BankOutlined />, label: t('ma.menuUnits') },
    read && { key: '/mutual-aid/enrol', icon: <UserAddOutlined />, label: t('ma.menuEnrol') },
    fund && { key: '/mutual-aid/accounts', icon: <AccountBookOutlined />, label: t('ma.menuAccounts') },
    claims && { key: '/mutual-aid/claims', icon: <FileProtectOutlined />, label: t('ma.menuClaims') },
    report && { key: '/mutual-aid/statistics', icon: <BarChartOutlined />, label: t('ma.menuStats') },
    read && { key: '/mutual-aid/pharmacy', icon: <MedicineBoxOutlined />, label: t('ma.menuPharmacy') },
  ].filter((item): item is Exclude<typeof item, false> => Boolean(item));
  if (children.length === 0) return null;
  return { type: 'group', key: 'mutual-aid', label: t('ma.menu'), children };
}

/** The menu entry a pathname belongs to: '/mutual-aid/claims/…' selects 互助理赔. */
export function mutualAidMenuKey(pathname: string): string | undefined {
  return MUTUAL_AID_MENU_KEYS.find((key) => pathname === key || pathname.startsWith(`${key}/`));
}
