import { ApartmentOutlined, CalendarOutlined, SolutionOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useT } from '../i18n/use-t';

type MenuItem = NonNullable<MenuProps['items']>[number];

export const EMPLOYMENT_MENU_KEYS = [
  '/employment/employers',
  '/employment/positions',
  '/employment/fairs',
] as const;

/** The 精准对接 group of the side menu; every staff role reads job information. */
export function useEmploymentMenuGroup(): MenuItem {
  const t = useT();
  return {
    type: 'group',
    key: 'employment',
    label: t('emp.menu'),
    children: [
      { key: '/employment/employers', icon: <ApartmentOutlined />, label: t('emp.menuEmployers') },
      { key: '/employment/positions', icon: <SolutionOutlined />, label: t('emp.menuPositions') },
      { key: '/employment/fairs', icon: <CalendarOutlined />, label: t('emp.menuFairs') },
    ],
  };
}

/** The menu entry a pathname belongs to: '/employment/positions/…' selects 招聘岗位. */
export function employmentMenuKey(pathname: string): string | undefined {
  return EMPLOYMENT_MENU_KEYS.find((key) => pathname === key || pathname.startsWith(`${key}/`));
}
