import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webDir = fileURLToPath(new URL(".", import.meta.url));
const apiServer = "http://localhost:3000";

export default defineConfig({
  root: webDir,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      "/api": apiServer,
      "/health": apiServer,
    },
  },
});
