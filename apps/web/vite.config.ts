import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig } from 'vite';

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  css: { postcss: { plugins: [postcssPresetMantine()] } },
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/api': apiServer, '/healthz': apiServer, '/readyz': apiServer },
  },
});
