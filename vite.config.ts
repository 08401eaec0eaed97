import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig, type Plugin } from "vite";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const serverOnlyDirectories = ["db", "search"].map((dir) => path.resolve(__dirname, dir) + path.sep);

/** db/ and search/ hold credentials and SQL: fail the build if browser code ever imports them. */
function keepServerCodeOutOfBrowser(): Plugin {
  return {
    name: "jiebang:server-only-directories",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (options?.ssr || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && serverOnlyDirectories.some((dir) => resolved.id.startsWith(dir))) {
        throw new Error(`${resolved.id} is server-only but is imported by browser code (${importer})`);
      }
      return null;
    },
  };
}

export default defineConfig({
  plugins: [keepServerCodeOutOfBrowser(), remix(remixConfig)],
  server: { hmr: { port: Number(process.env.HMR_PORT ?? 24678) } },
  build: { target: "es2022" },
});
