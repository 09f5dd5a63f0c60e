// Events over the seed pages through the whole pipeline: every event is cited to a sentence of
// its article, names only entities of that article, and has a CAMEO root code. Events are not
// scored against gold; this guards the shape and that the stage fires once entities exist.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { readPage } from "../../ingest/page.js";
import { annotate } from "../../pipeline/index.js";
import { seedFiles, seedsMissing } from "../../test-helpers/seeds.js";

test("seed events are cited to sentences and name known entities", { skip: seedsMissing }, () => {
  let events = 0;
  let entities = 0;
  for (const file of seedFiles()) {
    for (const article of readPage({ source: file, bytes: readFileSync(file) }).articles) {
      const { layers } = annotate(article);
      const ids = new Set(layers.entities.map((entity) => entity.id));
      const sentenceStarts = new Set(layers.sentences.map((sentence) => sentence.start));
      const sentenceEnds = new Set(layers.sentences.map((sentence) => sentence.end));
      entities += layers.entities.length;
      for (const event of layers.events) {
        events++;
        const where = `${file}: ${event.kind} "${event.trigger}"`;
        assert.ok(0 <= event.start && event.start < event.end && event.end <= article.text.length, where);
        assert.ok(sentenceStarts.has(event.start) && sentenceEnds.has(event.end), `${where}: not a sentence span`);
        assert.match(event.cameo, /^(0[1-9]|1\d|20)$/, where);
        for (const actor of event.actors) assert.ok(ids.has(actor), `${where}: unknown actor ${actor}`);
        assert.ok(event.place === null || ids.has(event.place), `${where}: unknown place ${event.place}`);
        assert.equal(new Set(event.actors).size, event.actors.length, `${where}: repeated actor`);
      }
    }
  }
  // Until the entities stage finds names there is nothing to tie an event to.
  if (entities > 0) assert.ok(events > 0, "no events on the seed pages");
});
