// The viewer suite: runs in Node (the Workers pool cannot start a browser). It starts the local
// backend with `wrangler dev` on a free loopback port, drives Debian's Chromium through
// playwright-core, and stops everything afterwards.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/viewer/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
