import { FileTextOutlined } from '@ant-design/icons';
import { hasAnyRole, STATS_READ_ROLES } from '@bangfu/domain';
import type { MenuProps } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import { useReportT } from './i18n/use-report-t';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** 调研报告, for the roles that may read statistics. */
export function useReportMenuItems(): MenuItem[] {
  const t = useReportT();
  const me = useCurrentUser();
  if (!hasAnyRole(me.roles, STATS_READ_ROLES)) return [];
  return [{ key: '/insight/report', icon: <FileTextOutlined />, label: t('rep.menu') }];
}
