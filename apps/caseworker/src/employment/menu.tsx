import {
  ApartmentOutlined,
  BookOutlined,
  CalendarOutlined,
  RocketOutlined,
  SolutionOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { canReadTraining } from '@bangfu/domain';
import type { MenuProps } from 'antd';
import { useCurrentUser } from '../auth/current-user';
import { useSupportT } from './support/use-support-t';

type MenuItem = NonNullable<MenuProps['items']>[number];

export const EMPLOYMENT_MENU_KEYS = [
  '/employment/employers',
  '/employment/positions',
  '/employment/fairs',
  '/employment/courses',
  '/employment/startups',
  '/employment/enterprises',
] as const;

/** The 精准对接 group of the side menu; every staff role reads job information. */
export function useEmploymentMenuGroup(): MenuItem {
  const t = useSupportT();
  // Start-up cases and enterprises' risk show household data: only roles that read training see them.
  const readsHouseholds = canReadTraining(useCurrentUser().roles);
  return {
    type: 'group',
    key: 'employment',
    label: t('emp.menu'),
    children: [
      { key: '/employment/employers', icon: <ApartmentOutlined />, label: t('emp.menuEmployers') },
      { key: '/employment/positions', icon: <SolutionOutlined />, label: t('emp.menuPositions') },
      { key: '/employment/fairs', icon: <CalendarOutlined />, label: t('emp.menuFairs') },
      { key: '/employment/courses', icon: <BookOutlined />, label: t('sup.menuCourses') },
      ...(readsHouseholds
        ? [
            { key: '/employment/startups', icon: <RocketOutlined />, label: t('sup.menuStartups') },
            { key: '/employment/enterprises', icon: <WarningOutlined />, label: t('sup.menuEnterprises') },
          ]
        : []),
    ],
  };
}

/** The menu entry a pathname belongs to: '/employment/positions/…' selects 招聘岗位. */
export function employmentMenuKey(pathname: string): string | undefined {
  return EMPLOYMENT_MENU_KEYS.find((key) => pathname === key || pathname.startsWith(`${key}/`));
}
