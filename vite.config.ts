import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and loaded by Electron (app protocol) or served over http for a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173 },
});
