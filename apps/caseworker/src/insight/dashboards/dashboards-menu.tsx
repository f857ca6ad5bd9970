import { BarChartOutlined } from '@ant-design/icons';
import { hasAnyRole, STATS_READ_ROLES } from '@bangfu/domain';
import type { MenuProps } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import { useDashT } from './i18n/use-dash-t';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** 统计分析, for the roles that may read statistics (the server's own list). */
export function useDashboardsMenuItems(): MenuItem[] {
  const t = useDashT();
  const me = useCurrentUser();
  if (!hasAnyRole(me.roles, STATS_READ_ROLES)) return [];
  return [{ key: '/insight/dashboards', icon: <BarChartOutlined />, label: t('dash.menu') }];
}
