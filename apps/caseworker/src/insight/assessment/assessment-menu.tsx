import { TrophyOutlined } from '@ant-design/icons';
import { hasAnyRole, READ_ASSESSMENT_ROLES } from '@bangfu/domain';
import type { MenuProps } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import { useAssessT } from './i18n/use-assess-t';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** 目标考核, for the roles that may read it (the server's own list). */
export function useAssessmentMenuItems(): MenuItem[] {
  const t = useAssessT();
  const me = useCurrentUser();
  if (!hasAnyRole(me.roles, READ_ASSESSMENT_ROLES)) return [];
  return [{ key: '/insight/assessment', icon: <TrophyOutlined />, label: t('assess.menu') }];
}
