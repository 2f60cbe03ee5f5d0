import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { create, get, url } from "./helpers";

// The API Worker has no [assets]: the viewer's page and files come from the viewer Worker through
// the service binding ASSETS (README.md, "Two Workers"), on the same origin as the API.
describe("the viewer's paths", () => {
  it("serves the permalink page from the viewer Worker, as it is (no API headers)", async () => {
    const { runId } = await create();
    const r = await SELF.fetch(url(`/?runId=${runId}`));
    expect(r.status).toBe(200);
    expect(r.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(r.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const page = await r.text();
    const script = /src="(\/assets\/viewer-[0-9a-f]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const js = await SELF.fetch(url(script!));
    expect(js.status).toBe(200);
    expect(js.headers.get("Content-Type")).toMatch(/javascript/);
    await js.arrayBuffer();
    // The page's own request goes to the API on the same origin.
    expect((await get(runId)).status).toBe(200);
  });

  it("answers an unknown path with the viewer's 404 page, and an unknown API path with the API's 404", async () => {
    const page = await SELF.fetch(url("/no/such/page"));
    expect(page.status).toBe(404);
    expect(page.headers.get("Content-Type")).toMatch(/^text\/html/);
    await page.arrayBuffer();
    const api = await SELF.fetch(url("/api/no/such/endpoint"));
    expect(api.status).toBe(404);
    expect(api.headers.get("Content-Type")).toMatch(/^application\/json/);
    await api.arrayBuffer();
  });
});
