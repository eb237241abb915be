import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.SPILLOVER_API_URL ?? 'http://localhost:4000';
const zodConfig = fileURLToPath(new URL('./src/app/zod-config.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The domain package is built as CommonJS for the API; the web bundles its TS source.
      '@spillover/domain': fileURLToPath(
        new URL('../../packages/domain/src/index.ts', import.meta.url),
      ),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        manualChunks: {
          react: ['react', 'react-dom', 'react-router'],
          mantine: ['@mantine/core', '@mantine/hooks', '@mantine/notifications'],
          apollo: ['@apollo/client', 'graphql', 'rxjs'],
          // zod-config rides with zod: it must run before the domain chunk builds its schemas.
          forms: [
            'react-hook-form',
            '@hookform/resolvers',
            'zod',
            zodConfig,
            'i18next',
            'react-i18next',
          ],
          // Rules and code lists (countries, NACE, taxonomy, currencies) change with the domain only.
          domain: ['@spillover/domain'],
        },
      },
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // ws: live updates (GraphQL subscriptions) upgrade /graphql to a WebSocket.
      '/graphql': { target: api, changeOrigin: false, ws: true },
      '/health': { target: api, changeOrigin: false },
      '/exports': { target: api, changeOrigin: false },
    },
  },
});
