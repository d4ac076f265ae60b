import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The explorer is bundled at build time into dist/explorer and served by the service at
 * /explore: everything it needs is in the bundle (no CDN, no web fonts), so it works offline.
 */
export default defineConfig({
  root: here,
  base: '/explore/',
  publicDir: false,
  // React's production build: no development checks, no DevTools notice in the console.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: path.join(here, '..', 'dist', 'explorer'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/sources': 'http://127.0.0.1:4000', '/graphiql': 'http://127.0.0.1:4000' } },
});
