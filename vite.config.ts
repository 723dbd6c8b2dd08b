import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One config for the app and its three test projects:
// unit (pure code, node), component (React in jsdom), e2e (the built app in Debian's Chromium).
export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    // echarts is loaded lazily; keep it in its own chunk so the shell stays small.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One browser, one server: run files one after another on this 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
