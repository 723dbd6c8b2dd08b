/**
 * Serves the production build (dist/, made by `vite build` before this project runs) on
 * 127.0.0.1 for the real-browser tests.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';

export default async function setup({ provide: _provide }: { provide: unknown }) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `vite build` before the e2e tests');
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report its address');
  process.env.E2E_BASE_URL = address;
  return async () => {
    await server.close();
  };
}
