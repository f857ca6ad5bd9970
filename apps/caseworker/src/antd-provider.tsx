import { useLang } from '@bangfu/client';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';

/** antd and dayjs follow the UI language: zh_CN by default, en_US when switched. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  const isEn = lang === 'en';
  dayjs.locale(isEn ? 'en' : 'zh-cn');
  return (
    <ConfigProvider
      locale={isEn ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#c41d1d', borderRadius: 4 } }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
