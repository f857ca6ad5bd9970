import { UserOutlined } from '@ant-design/icons';
import { Role } from '@bangfu/domain';
import { Flex, Layout, Space, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/current-user';
import { useEnumLabel } from '../i18n/use-enum-label';
import { useT } from '../i18n/use-t';
import { LangSwitch } from './lang-switch';
import { SignOutButton } from './sign-out-button';

export function AppHeader() {
  const t = useT();
  const me = useCurrentUser();
  const enumLabel = useEnumLabel();
  const roles = me.roles.map((r) => enumLabel(Role, r)).join('、');
  return (
    <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: 24 }}>
      <Flex justify="space-between" align="center" style={{ height: '100%' }}>
        <Link to="/households">
          <Typography.Title level={4} style={{ margin: 0, color: '#c41d1d' }}>
            {t('appName')}
          </Typography.Title>
        </Link>
        <Space size="middle">
          <Tooltip title={roles}>
            <Space size={4} data-testid="current-user">
              <UserOutlined />
              <Typography.Text strong>{me.displayName}</Typography.Text>
              <Typography.Text type="secondary">{me.org.name}</Typography.Text>
            </Space>
          </Tooltip>
          <LangSwitch />
          <SignOutButton />
        </Space>
      </Flex>
    </Layout.Header>
  );
}
