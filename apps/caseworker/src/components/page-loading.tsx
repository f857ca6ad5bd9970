import { Flex, Spin } from 'antd';
import { useT } from '../i18n/use-t';

export function PageLoading() {
  const t = useT();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" description={t('loading')} />
    </Flex>
  );
}
