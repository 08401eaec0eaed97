import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it, vi } from "vitest";
import type { AgnosticRouteObject } from "@remix-run/router";
import { builtRoutes } from "../support/app";

/**
 * patches/@remix-run+router+1.23.3.patch changes how the server matches a pathname to routes (branches flattened
 * once per route tree; a branch skipped when the pathname does not start with its literal part). The server loads
 * the patched CommonJS build; the package's ES module build is the same code unpatched, so every pathname below
 * must match the same routes, params and pathnames through both, on the app's own route tree.
 */
const require = createRequire(import.meta.url);
const patchedFile = require.resolve("@remix-run/router");
const patched = require("@remix-run/router") as typeof import("@remix-run/router");
const originalFile = patchedFile.replace(/router\.cjs\.js$/, "router.js");

type Route = AgnosticRouteObject & { id: string; fullPath: string };

async function routeTree(): Promise<{ tree: AgnosticRouteObject[]; routes: Route[] }> {
  const manifest = Object.values(await builtRoutes());
  const routes: Route[] = [];
  const childrenOf = (parentId: string | undefined, parentPath: string): AgnosticRouteObject[] =>
    manifest
      .filter((route) => route.parentId === parentId)
      .map((route) => {
        const fullPath = [parentPath, route.path ?? ""].filter(Boolean).join("/");
        const node = {
          id: route.id,
          path: route.path,
          caseSensitive: route.caseSensitive,
          fullPath,
          ...(route.index ? { index: true as const } : { children: childrenOf(route.id, fullPath) }),
        } as Route;
        routes.push(node);
        return node;
      });
  return { tree: childrenOf(undefined, ""), routes };
}

/** Pathnames around every route's own: its params filled in, changed in case, slashes, length and encoding. */
function pathnamesAround(routes: Route[]): string[] {
  const values = ["2026-AI-005", "1", "S-2026-0001", "中文", "%E4%B8%AD", "a.b", "A"];
  const segments = new Set<string>();
  const paths = new Set<string>(["/", "", "//", "/x", "/%", "/\u212Aey"]);
  routes.forEach((route, n) => {
    const filled = route.fullPath
      .split("/")
      .map((segment, i) =>
        segment === "*" ? "a/b" : segment.startsWith(":") ? values[(n + i) % values.length]! : segment,
      )
      .join("/");
    for (const segment of filled.split("/")) segments.add(segment);
    const path = `/${filled}`;
    const parts = path.split("/");
    for (const variant of [
      path,
      path.toUpperCase(),
      `${path}/`,
      `${path}//`,
      `/${path}`,
      path.replace(/\/(?=[^/]+$)/, "//"),
      `${path}/extra`,
      parts.slice(0, -1).join("/") || "/",
      path.slice(0, -1),
      `${path}x`,
      path.replace(/[a-z]/, (letter) => (letter === "k" ? "\u212A" : letter.toUpperCase())),
      path.replace(/t/g, "%74"),
    ])
      paths.add(variant);
  });
  // Segments of different routes put together.
  const pool = [...segments];
  let seed = 17;
  const next = () => (seed = (seed * 48271) % 2147483647) % pool.length;
  for (let i = 0; i < 1500; i++) {
    const length = 1 + (i % 5);
    paths.add("/" + Array.from({ length }, () => pool[next()]).join("/"));
  }
  return [...paths];
}

const summary = (matches: ReturnType<typeof patched.matchRoutes>) =>
  matches?.map((match) => ({
    id: match.route.id,
    params: { ...match.params },
    pathname: match.pathname,
    pathnameBase: match.pathnameBase,
  })) ?? null;

describe("route matching (patched @remix-run/router)", () => {
  it("loads the patched build on the server and keeps the original beside it", () => {
    expect(readFileSync(patchedFile, "utf8")).toContain("literalPrefixOf");
    expect(readFileSync(originalFile, "utf8")).not.toContain("literalPrefixOf");
  });

  it("matches every pathname as the unpatched router does, on the app's route tree", async () => {
    // Both routers warn of the malformed percent-encodings among the pathnames (and match nothing for them).
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const original = (await import(originalFile)) as typeof import("@remix-run/router");
    const { tree, routes } = await routeTree();
    expect(routes.length).toBeGreaterThan(100);
    const pathnames = pathnamesAround(routes);
    let matched = 0;
    for (const pathname of pathnames) {
      const expected = summary(original.matchRoutes(tree, pathname));
      expect(summary(patched.matchRoutes(tree, pathname)), pathname).toEqual(expected);
      // Twice: the second call reads the branches computed by the first.
      expect(summary(patched.matchRoutes(tree, pathname)), pathname).toEqual(expected);
      if (expected && expected.at(-1)!.id !== "routes/$") matched += 1;
    }
    // Most of the pathnames derived from routes reach a route other than the catch-all (not-found) one.
    expect(matched).toBeGreaterThan(routes.length);
  });
});
