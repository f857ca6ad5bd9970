import { errorMessage, useLang } from '@bangfu/client';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe, useSignIn } from '../api/use-auth';
import { useT } from '../i18n/use-t';
import { LangSwitch } from '../layout/lang-switch';
import { safeNext } from './safe-next';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const signIn = useSignIn();

  if (me.data) return <Navigate to={next} replace />;

  const onFinish = (values: LoginValues) =>
    signIn.mutate(values, { onSuccess: () => navigate(next, { replace: true }) });

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 380 }} title={t('appName')} extra={<LangSwitch />}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('loginTitle')}
        </Typography.Title>
        {signIn.isError && (
          <Alert
            type="error"
            showIcon
            title={errorMessage(signIn.error, lang)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<LoginValues> layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('loginUsername')}
            rules={[{ required: true, whitespace: true, message: t('loginUsernameRequired') }]}
          >
            <Input autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('loginPassword')}
            rules={[{ required: true, message: t('loginPasswordRequired') }]}
          >
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={signIn.isPending}
            data-testid="login-submit"
          >
            {t('loginSubmit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('loginNotice')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
