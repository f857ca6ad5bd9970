import { FileAddOutlined, TeamOutlined } from '@ant-design/icons';
import { canEditHousehold, hasAnyRole, READ_HOUSEHOLD_ROLES } from '@bangfu/domain';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { aidMenuKey, useAidMenuGroup } from '../aid/menu';
import { useCurrentUser } from '../auth/current-user';
import { employmentMenuKey, useEmploymentMenuGroup } from '../employment/menu';
import { useT } from '../i18n/use-t';
import { identificationMenuKey, useIdentificationMenuGroup } from '../identification/menu';
import { insightMenuKey, useInsightMenuGroup } from '../insight/menu';
import { mutualAidMenuKey, useMutualAidMenuGroup } from '../mutual-aid/menu';

export function SideMenu() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const employment = useEmploymentMenuGroup();
  const identification = useIdentificationMenuGroup();
  const aid = useAidMenuGroup();
  const mutualAid = useMutualAidMenuGroup();
  const insight = useInsightMenuGroup();
  const items: MenuProps['items'] = [
    ...(hasAnyRole(me.roles, READ_HOUSEHOLD_ROLES)
      ? [{ key: '/households', icon: <TeamOutlined />, label: t('menuHouseholds') }]
      : []),
    ...(canEditHousehold(me.roles)
      ? [{ key: '/households/new', icon: <FileAddOutlined />, label: t('menuNewHousehold') }]
      : []),
    ...(identification ? [identification] : []),
    ...(aid ? [aid] : []),
    ...(mutualAid ? [mutualAid] : []),
    ...(insight.group ? [insight.group] : []),
    employment,
  ];
  const selected =
    employmentMenuKey(pathname) ??
    identificationMenuKey(pathname) ??
    aidMenuKey(pathname) ??
    mutualAidMenuKey(pathname) ??
    insightMenuKey(pathname, insight.keys) ??
    (pathname === '/households/new' ? '/households/new' : '/households');
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      onClick={({ key }) => navigate(key)}
      style={{ height: '100%', borderInlineEnd: 0 }}
    />
  );
}
