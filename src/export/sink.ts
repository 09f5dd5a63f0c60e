// Writers produce many small lines; a sink call (or a stream write) per line would dominate the
// cost, and holding the whole export would defeat streaming. So lines gather in a bounded
// buffer and go out in chunks, waiting for a stream to drain when it asks to.
import { once } from "node:events";
import type { Sink } from "./types.js";

const CHUNK = 1 << 16;

export class TextOut {
  #buffer = "";
  readonly #write: (chunk: string) => void | Promise<void>;

  constructor(sink: Sink) {
    if (typeof sink === "function") {
      this.#write = sink;
    } else {
      this.#write = async (chunk) => {
        if (!sink.write(chunk)) await once(sink, "drain");
      };
    }
  }

  async put(text: string): Promise<void> {
    this.#buffer += text;
    if (this.#buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#buffer === "") return;
    const chunk = this.#buffer;
    this.#buffer = "";
    await this.#write(chunk);
  }
}

/** Writes one text whole: through TextOut, so a stream's back-pressure is respected. */
export async function writeText(text: string, sink: Sink): Promise<void> {
  const out = new TextOut(sink);
  await out.put(text);
  await out.flush();
}
