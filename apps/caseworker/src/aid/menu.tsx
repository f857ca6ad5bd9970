import {
  AccountBookOutlined,
  AuditOutlined,
  GiftOutlined,
  MessageOutlined,
  PayCircleOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useAidT } from './i18n/use-aid-t';
import {
  APPROVE_AID_ROLES,
  CARD_ROLES,
  PAY_AID_ROLES,
  READ_AID_ROLES,
  READ_FESTIVAL_ROLES,
  useHasAidRole,
} from './permissions';

type MenuItem = NonNullable<MenuProps['items']>[number];

export const AID_MENU_KEYS = [
  '/aid/approvals',
  '/aid/payments',
  '/aid/ledger',
  '/aid/recoveries',
  '/aid/festival',
  '/aid/requests',
] as const;

/** The 帮扶 group of the side menu, with only the entries the user's roles can use. */
export function useAidMenuGroup(): MenuItem | null {
  const t = useAidT();
  const approve = useHasAidRole(APPROVE_AID_ROLES);
  const pay = useHasAidRole(PAY_AID_ROLES);
  const read = useHasAidRole(READ_AID_ROLES);
  const festival = useHasAidRole(READ_FESTIVAL_ROLES);
  const requests = useHasAidRole(CARD_ROLES);
  const children = [
    approve && { key: '/aid/approvals', icon: <AuditOutlined />, label: t('aid.menuApprovals') },
    pay && { key: '/aid/payments', icon: <PayCircleOutlined />, label: t('aid.menuPayments') },
    read && { key: '/aid/ledger', icon: <AccountBookOutlined />, label: t('aid.menuLedger') },
    read && { key: '/aid/recoveries', icon: <RollbackOutlined />, label: t('aid.menuRecoveries') },
    festival && { key: '/aid/festival', icon: <GiftOutlined />, label: t('aid.menuFestival') },
    requests && { key: '/aid/requests', icon: <MessageOutlined />, label: t('aid.menuRequests') },
  ].filter((item): item is Exclude<typeof item, false> => Boolean(item));
  if (children.length === 0) return null;
  return { type: 'group', key: 'aid', label: t('aid.menu'), children };
}

/** The menu entry a pathname belongs to: '/aid/festival/…' selects 送温暖. */
export function aidMenuKey(pathname: string): string | undefined {
  return AID_MENU_KEYS.find((key) => pathname === key || pathname.startsWith(`${key}/`));
}
