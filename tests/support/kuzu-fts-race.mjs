/**
 * Minimal reproduction of a Kùzu 0.11.3 crash of its full-text index, one of the reasons
 * Rizoma searches an in-memory index instead (lib/search/text-index.ts): one connection
 * creating rows of a table with a full-text index while others
 * query that index aborts the process with glibc heap corruption (8 of 8 runs within
 * 30 s here). Run it against a new Kùzu before using its full-text index again:
 *   node tests/support/kuzu-fts-race.mjs concurrent 1 30   # modes: concurrent | serial | nofts | otherfts | noautockpt
 */
// Minimal: one writer connection creating FTS-indexed nodes, N reader connections querying the FTS index.
import kuzu from 'kuzu';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
const mode = process.argv[2] ?? 'concurrent'; // concurrent | serial | nofts
const readers = Number(process.argv[3] ?? 1);
const seconds = Number(process.argv[4] ?? 40);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kz-'));
const db = new kuzu.Database(path.join(dir, 'g.kuzu'), Number(process.env.POOL_MB ?? 256) * 1024 * 1024); db.initSync();
const w = new kuzu.Connection(db); w.initSync();
const q = async (c, t, p) => { const r = p ? await c.execute(await c.prepare(t), p) : await c.query(t); const rows = await r.getAll(); r.close(); return rows; };
await q(w, "CREATE NODE TABLE Item(id STRING PRIMARY KEY, searchText STRING, state STRING)");
const words = ['rosa','marco','giulia','design','python','orto','teatro','cucina','musica','legno','bici','foto'];
const pick = () => words[Math.floor(Math.random()*words.length)];
for (let i = 0; i < 300; i++) await q(w, "CREATE (:Item {id: $id, searchText: $t, state: 'ACTIVE'})", { id: 's'+i, t: `${pick()} ${pick()} ${pick()}` });
await q(w, "CREATE NODE TABLE Other(id STRING PRIMARY KEY, searchText STRING, state STRING)");
await q(w, "CALL CREATE_FTS_INDEX('Item', 'item_fts', ['searchText'], stemmer := 'porter')");
await q(w, "CHECKPOINT");
if (mode === "otherfts") await q(w, "CALL CREATE_FTS_INDEX('Other', 'other_fts', ['searchText'], stemmer := 'porter')");
if (mode === "noautockpt") await q(w, "CALL auto_checkpoint=false");
const rs = Array.from({ length: readers }, () => { const c = new kuzu.Connection(db); c.initSync(); return c; });
const ftsText = "CALL QUERY_FTS_INDEX('Item', 'item_fts', $fts) WITH node, score WHERE node.state = 'ACTIVE' RETURN node.id AS id, score ORDER BY score DESC LIMIT 20";
const plainText = "MATCH (node:Item) WHERE node.searchText CONTAINS $fts RETURN node.id AS id LIMIT 20";
const deadline = Date.now() + seconds * 1000;
let n = 0, writes = 0, reads = 0;
let lock = Promise.resolve();
const exclusive = (f) => { const r = lock.then(f); lock = r.catch(() => {}); return r; };
const wrap = (mode === 'serial' || mode === 'serial-tx')  ? exclusive : (f) => f();
async function writer() { while (Date.now() < deadline) { await wrap(async () => { await q(w, 'BEGIN TRANSACTION'); await q(w, (mode === 'otherwrite' || mode === 'otherfts') ? "CREATE (:Other {id: $id, searchText: $t, state: 'PENDING'})" : "CREATE (:Item {id: $id, searchText: $t, state: 'PENDING'})", { id: 'w'+(n++), t: `soak ${pick()} ${pick()}` }); await q(w, 'COMMIT'); }); writes++; } }
async function reader(c) { const ps = await c.prepare(mode === 'nofts' ? plainText : ftsText); while (Date.now() < deadline) { await wrap(async () => { await q(c, 'BEGIN TRANSACTION READ ONLY'); const r = mode === 'noprep' ? await c.query(ftsText.replace('$fts', `'${pick()}'`)) : await c.execute(ps, { fts: pick() }); await r.getAll(); r.close(); await q(c, 'COMMIT'); }); reads++; } }
const tick = setInterval(() => console.log(`${mode}: ${writes} writes ${reads} reads`), 5000);
await Promise.all([writer(), ...rs.map(reader)]);
clearInterval(tick);
console.log(`${mode} survived: ${writes} writes ${reads} reads`);
for (const c of [w, ...rs]) c.closeSync(); db.closeSync(); fs.rmSync(dir, { recursive: true, force: true });
