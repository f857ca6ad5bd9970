import {
  AuditOutlined,
  CarOutlined,
  InboxOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useIdentT } from './i18n/use-ident-t';
import {
  DECLARE_ROLES,
  INBOX_ROLES,
  MANAGE_DYNAMIC_ROLES,
  PRINT_NOTICE_ROLES,
  SPOT_CHECK_ROLES,
  useHasRole,
  VOLUNTEER_ROLES,
} from './permissions';

type MenuItem = NonNullable<MenuProps['items']>[number];

export const IDENTIFICATION_MENU_KEYS = [
  '/identification/notices',
  '/identification/declarations',
  '/identification/visits',
  '/identification/spot-checks',
  '/identification/referrals',
  '/identification',
] as const;

/** The 精准识别 group of the side menu, with only the entries the user's roles can use. */
export function useIdentificationMenuGroup(): MenuItem | null {
  const t = useIdentT();
  const inbox = useHasRole(INBOX_ROLES);
  const notices = useHasRole(PRINT_NOTICE_ROLES);
  const declares = useHasRole(DECLARE_ROLES);
  const visits = useHasRole(VOLUNTEER_ROLES);
  const spotChecks = useHasRole(SPOT_CHECK_ROLES);
  const referrals = useHasRole(MANAGE_DYNAMIC_ROLES);
  const children = [
    inbox && { key: '/identification', icon: <InboxOutlined />, label: t('id.menuInbox') },
    notices && { key: '/identification/notices', icon: <NotificationOutlined />, label: t('id.menuNotices') },
    declares && {
      key: '/identification/declarations',
      icon: <SafetyCertificateOutlined />,
      label: t('id.menuDeclarations'),
    },
    visits && { key: '/identification/visits', icon: <CarOutlined />, label: t('id.menuVisits') },
    spotChecks && {
      key: '/identification/spot-checks',
      icon: <AuditOutlined />,
      label: t('id.menuSpotChecks'),
    },
    referrals && {
      key: '/identification/referrals',
      icon: <UserAddOutlined />,
      label: t('id.menuReferrals'),
    },
  ].filter((item): item is Exclude<typeof item, false> => Boolean(item));
  if (children.length === 0) return null;
  return { type: 'group', key: 'identification', label: t('id.menu'), children };
}

/** The menu entry a pathname belongs to; a case page selects 我的待办. */
export function identificationMenuKey(pathname: string): string | undefined {
  return IDENTIFICATION_MENU_KEYS.find((key) => pathname === key || pathname.startsWith(`${key}/`));
}
