// The Workers suite: tests run inside workerd (the real runtime) with the Worker, its Durable
// Objects and KV from wrangler.toml. The build (validator + viewer) runs first, as `wrangler dev`
// would run it.
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { build } from "./scripts/build.mjs";

await build();

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      remoteBindings: false,
      miniflare: {
        // Most tests create many runs from one address; the rate-limit tests pass their own limits.
        bindings: { RATE_LIMIT_CREATES: "1000000", PUBLIC_ORIGIN: "" },
        // The viewer Worker of viewer/wrangler.toml (static assets only), which the service
        // binding ASSETS names: the API Worker forwards every path outside /api/ to it.
        workers: [
          {
            name: "fastercodes-viewer",
            compatibilityDate: "2026-03-01",
            modules: true,
            script: "export default {}",
            assets: { directory: "./dist/viewer", assetConfig: { not_found_handling: "404-page" } },
          },
        ],
      },
    }),
  ],
  test: {
    include: ["test/worker/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
