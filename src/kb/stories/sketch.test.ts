import assert from "node:assert/strict";
import { test } from "node:test";
import {
  BANDS,
  bandKeys,
  bottomK,
  bottomKJaccard,
  EMPTY,
  hashString,
  minhash,
  minhashJaccard,
  PERMUTATIONS,
  ROWS,
} from "./sketch.js";

/** Two sets of element hashes: `onlyA` + `shared` and `shared` + `onlyB` elements. */
function sets(onlyA: number, shared: number, onlyB: number): [number[], number[]] {
  const el = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => hashString(`${prefix}${i}`));
  const common = el("s", shared);
  return [
    [...el("a", onlyA), ...common],
    [...common, ...el("b", onlyB)],
  ];
}

const exact = (onlyA: number, shared: number, onlyB: number) => shared / (onlyA + shared + onlyB);

test("minhash estimates Jaccard similarity within 0.15", () => {
  const cases: Array<[string, number, number, number]> = [
    ["identical", 0, 200, 0],
    ["disjoint", 150, 0, 150],
    ["one in five", 160, 100, 240],
    ["half", 100, 200, 100],
    ["a copy with a paragraph dropped", 0, 250, 40],
    ["a short text inside a long one", 0, 30, 400],
  ];
  for (const [name, a, s, b] of cases) {
    const [x, y] = sets(a, s, b);
    const estimate = minhashJaccard(minhash(x), minhash(y));
    assert.ok(Math.abs(estimate - exact(a, s, b)) <= 0.15, `${name}: ${estimate} vs ${exact(a, s, b)}`);
  }
});

test("minhash: order and duplicates do not matter; an empty set matches nothing", () => {
  const [x] = sets(50, 0, 0);
  assert.deepEqual(minhash([...x].reverse().concat(x)), minhash(x));
  assert.equal(minhash([]).length, PERMUTATIONS);
  assert.ok(minhash([]).every((v) => v === EMPTY));
  assert.equal(minhashJaccard(minhash([]), minhash([])), 0);
  assert.equal(minhashJaccard(minhash([]), minhash(x)), 0);
});

test("band keys: one per band, shared by equal bands only, none for an empty set", () => {
  const [x] = sets(80, 0, 0);
  const mh = minhash(x);
  const keys = bandKeys(mh);
  assert.equal(keys.length, BANDS);
  assert.equal(new Set(keys).size, BANDS);
  assert.ok(keys.every((k) => Number.isInteger(k) && k >= 0 && k < 2 ** 32));
  const changed = [...mh];
  changed[ROWS * 3 + 1] = (changed[ROWS * 3 + 1]! + 1) >>> 0;
  const other = bandKeys(changed);
  assert.deepEqual(
    keys.map((k, i) => k === other[i]),
    keys.map((_, i) => i !== 3),
  );
  assert.deepEqual(bandKeys(minhash([])), []);
});

test("band keys catch near-duplicates and pass over unrelated texts", () => {
  const shareKey = (a: number, s: number, b: number) => {
    const [x, y] = sets(a, s, b);
    const kx = new Set(bandKeys(minhash(x)));
    return bandKeys(minhash(y)).some((k) => kx.has(k));
  };
  assert.ok(shareKey(0, 260, 30), "Jaccard 0.9");
  assert.ok(shareKey(20, 230, 30), "Jaccard 0.82");
  assert.ok(!shareKey(200, 20, 200), "Jaccard 0.05");
  assert.ok(!shareKey(300, 0, 300), "disjoint");
});

test("bottom-k: the k smallest distinct hashes, ascending", () => {
  const [x] = sets(300, 0, 0);
  const sketch = bottomK([...x, ...x], 64);
  assert.equal(sketch.length, 64);
  assert.ok(sketch.every((v, i) => i === 0 || v > sketch[i - 1]!));
  assert.equal(bottomK([7, 7, 9], 64).length, 2);
});

test("bottom-k Jaccard: exact for small sets, within 0.1 for large ones", () => {
  const cases: Array<[number, number, number, number]> = [
    [10, 20, 10, 0],
    [0, 40, 0, 0],
    [30, 0, 30, 0],
    [200, 150, 250, 0.1],
    [100, 400, 100, 0.1],
    [500, 60, 500, 0.1],
  ];
  for (const [a, s, b, tolerance] of cases) {
    const [x, y] = sets(a, s, b);
    const estimate = bottomKJaccard(bottomK(x, 128), bottomK(y, 128), 128);
    assert.ok(Math.abs(estimate - exact(a, s, b)) <= tolerance + 1e-9, `${a}/${s}/${b}: ${estimate}`);
  }
  assert.equal(bottomKJaccard([], [], 128), 0);
});
