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

/**
 * `npm start`'s server entry (scripts/serve.ts and what it imports of scripts/) as plain JavaScript beside the
 * server build, build/server/serve.js. Run by `node` directly, the app loads in ~2 s; under tsx, whose loader
 * hooks see every module the build imports, it took ~4.5 s of every start (issue 17's cold start).
 */
function bundleServerEntry(): Plugin {
  let ssr = false;
  return {
    name: "jiebang:server-entry",
    apply: "build",
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (!ssr) return;
      const { build } = await import("esbuild");
      await build({
        entryPoints: [path.resolve(__dirname, "scripts/serve.ts")],
        outfile: path.resolve(__dirname, "build/server/serve.js"),
        bundle: true,
        packages: "external",
        platform: "node",
        format: "esm",
        target: "node20",
        logLevel: "warning",
      });
    },
  };
}

export default defineConfig({
  plugins: [keepServerCodeOutOfBrowser(), remix(remixConfig), bundleServerEntry()],
  server: { hmr: { port: Number(process.env.HMR_PORT ?? 24678) } },
  build: { target: "es2022" },
});
