// Vite builds the web app (src/web) into dist/web, which the Fastify server serves with an SPA
// fallback. JSX goes through esbuild's automatic runtime; no React plugin is needed.
import { defineConfig } from 'vite';

export default defineConfig({
  root: '.',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // The CSP forbids inline scripts; keep every asset a file of its own except small images.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      onwarn(warning, warn) {
        // Mantine marks its modules "use client" (for React Server Components); harmless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // Libraries change less often than the app: a chunk of their own caches better.
        manualChunks: (id) => (id.includes('node_modules') ? 'vendor' : undefined),
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
