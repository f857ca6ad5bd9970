import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Served by apps/server under /kiosk/ on unattended job-fair screens. */
export default defineConfig({
  base: '/kiosk/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5175,
    proxy: { '/trpc': { target: 'http://localhost:3000' } },
  },
});
