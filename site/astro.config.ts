import react from "@astrojs/react";
import { defineConfig } from "astro/config";

// A static site: every page is prebuilt to dist/<page>/index.html and served next to the functions.
export default defineConfig({
  output: "static",
  outDir: "./dist",
  trailingSlash: "ignore",
  build: { format: "directory" },
  integrations: [react()],
  vite: {
    // DSFR icons are ~1,800 small SVGs referenced by its CSS. Inlined, they would make every page load a
    // 3 MB stylesheet; kept as files, the browser fetches only the icons a page shows.
    build: { assetsInlineLimit: 0 },
  },
});
