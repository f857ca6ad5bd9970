import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Served by apps/server under /portal/ (phone browsers and the WeChat in-app browser). */
export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020' },
  server: {
    port: 5174,
    proxy: { '/trpc': { target: 'http://localhost:3000' } },
  },
});
