import { ApiProvider, LanguageProvider } from '@bangfu/client';
import { RouterProvider } from 'react-router';
import { AntdProvider } from './antd-provider';
import { api, queryClient } from './api/api-instance';
import { router } from './router';

export function App() {
  return (
    <LanguageProvider>
      <AntdProvider>
        <ApiProvider api={api} queryClient={queryClient}>
          <RouterProvider router={router} />
        </ApiProvider>
      </AntdProvider>
    </LanguageProvider>
  );
}
