import { defineConfig } from "vite";

// The dashboard is served by `lantian serve` from web/dist; the dev server
// forwards /api to a local lantian.
export default defineConfig({
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
