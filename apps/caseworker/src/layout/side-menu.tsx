import { FileAddOutlined, TeamOutlined } from '@ant-design/icons';
import { canEditHousehold } from '@bangfu/domain';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/current-user';
import { useT } from '../i18n/use-t';

export function SideMenu() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items: MenuProps['items'] = [
    { key: '/households', icon: <TeamOutlined />, label: t('menuHouseholds') },
    ...(canEditHousehold(me.roles)
      ? [{ key: '/households/new', icon: <FileAddOutlined />, label: t('menuNewHousehold') }]
      : []),
  ];
  const selected = pathname === '/households/new' ? '/households/new' : '/households';
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
