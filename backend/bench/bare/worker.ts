// GET /api/runs/{id}: the run's KV value as it is, with a JSON content type; nothing else.
export default {
  async fetch(request: Request, env: { RUNS: KVNamespace }): Promise<Response> {
    const id = new URL(request.url).pathname.split("/").pop() ?? "";
    const value = await env.RUNS.get(`run:${id}`, "stream");
    if (value === null) return new Response("not found", { status: 404 });
    return new Response(value, { headers: { "Content-Type": "application/json; charset=utf-8" } });
  },
};
