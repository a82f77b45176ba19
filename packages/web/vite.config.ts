import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The single-page app that `kunren serve` serves from packages/web/dist.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': { target: 'http://127.0.0.1:8080', ws: true } } },
});
