import { once } from "node:events";
import { MarsadError } from "../../errors.js";
import { DEFAULT_MAX_BODY_BYTES } from "../../http/app.js";
import { startServer } from "../../http/server.js";
import { openStore } from "../../store/index.js";
import { registerWeb } from "../../web/server.js";
import { dbPath, parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";

export const DEFAULT_PORT = 8787;

export const serveCommand: Command = {
  name: "serve",
  usage: "marsad serve [--port N] [--host 127.0.0.1] [--max-body MB] [--db PATH]",
  summary: "the HTTP API (and web interface) over the store; uploads need MARSAD_TOKEN",
  async run(argv, io) {
    const { values } = parse(argv, {
      port: { type: "string" },
      host: { type: "string" },
      "max-body": { type: "string" },
    });
    const port = values.port === "0" ? 0 : positiveInt(values.port, "port", DEFAULT_PORT);
    if (port > 65535) throw new MarsadError("BAD_ARGUMENT", "--port takes 0 to 65535");
    const host = values.host ?? "127.0.0.1";
    const maxBodyBytes =
      positiveInt(values["max-body"], "max-body", DEFAULT_MAX_BODY_BYTES / 1024 / 1024) * 1024 * 1024;
    const token = process.env.MARSAD_TOKEN?.trim() || undefined;
    const store = await openStore(dbPath(values));
    try {
      const server = await startServer({
        store,
        port,
        host,
        token,
        maxBodyBytes,
        extend: (app) => registerWeb(app),
        onBug: (error) =>
          io.err(
            `marsad serve: unexpected error (a bug in Marsad: please report it)\n${(error as Error)?.stack ?? error}`,
          ),
      }).catch((error: NodeJS.ErrnoException) => {
        throw new MarsadError("BAD_ARGUMENT", `cannot listen on ${host}:${port}: ${error.code ?? error.message}`);
      });
      io.out(`Marsad is serving ${dbPath(values)} at ${server.url}/  (API: ${server.url}/api/openapi.json)`);
      if (!token) io.err("uploads (POST /api/ingest) are disabled: set MARSAD_TOKEN to enable them");
      if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") {
        io.err(`warning: ${host} exposes every read route to the network without authentication`);
      }
      await Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")]);
      await server.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
