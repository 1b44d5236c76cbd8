/**
 * Counting postings per unit for fuzzy lookup, in JavaScript: each engine hands over one
 * comma-separated id list per probed key (SQLite's group_concat, PostgreSQL's string_agg), and this
 * counts them in a typed array. Counting in SQL (GROUP BY over the union) sorted every posting in a
 * temporary b-tree, three quarters of the statement on SQLite. One home for both engines, so that
 * they keep the same units (ties included) when the list is cut at `limit`.
 */

// Counts by id and the ids counted, kept between calls and cleared after each: allocating and
// growing fresh arrays (a JS array of touched ids included) cost more than the counting itself.
// Calls never interleave: nothing in mostCovering awaits.
let counts = new Uint32Array(1 << 16);
let touched = new Int32Array(1 << 14);

/**
 * Ids and counts of the `limit` ids covering most weight (at least `needed`, not in `exclude`),
 * most first, from comma-separated id lists (each id once per list). Counts live in a typed array
 * indexed by id: a Map cost five times as much at tens of thousands of postings.
 */
export function mostCovering(
  lists: readonly { ids: string; weight: number }[],
  needed: number,
  exclude: readonly number[],
  limit: number,
): { id: number; held: number }[] {
  let distinct = 0;
  let most = 0;
  const count = (id: number, weight: number) => {
    if (id >= counts.length) {
      const grown = new Uint32Array(Math.max(id + 1, counts.length * 2));
      grown.set(counts);
      counts = grown;
    }
    if (counts[id] === 0) {
      if (distinct === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[distinct++] = id;
    }
    counts[id] += weight;
    if (counts[id] > most) most = counts[id];
  };
  for (const { ids, weight } of lists) {
    if (ids.length === 0) continue;
    let id = 0;
    for (let i = 0; i < ids.length; i++) {
      const c = ids.charCodeAt(i);
      if (c === 44) {
        count(id, weight);
        id = 0;
      } else id = id * 10 + (c - 48);
    }
    count(id, weight);
  }
  for (const id of exclude) if (id < counts.length && counts[id] !== 0) counts[id] = 0;
  // Counts are small integers: find the lowest count that still fits in `limit`, then collect.
  const floor = Math.max(needed, 1);
  const perCount = new Uint32Array(most + 1);
  for (let t = 0; t < distinct; t++) if (counts[touched[t]] >= floor) perCount[counts[touched[t]]]++;
  let lowest = most + 1;
  let taken = 0;
  while (lowest > floor && taken + perCount[lowest - 1] <= limit) taken += perCount[--lowest];
  // The next count would overflow `limit`: take part of it (a unit left out covers at most that count).
  const partial = lowest > floor && taken < limit ? lowest - 1 : -1;
  let room = limit - taken;
  const best: { id: number; held: number }[] = [];
  for (let t = 0; t < distinct; t++) {
    const id = touched[t];
    const held = counts[id];
    counts[id] = 0;
    if (held >= lowest && held >= floor) best.push({ id, held });
    else if (held === partial && room > 0) {
      best.push({ id, held });
      room--;
    }
  }
  return best.sort((a, b) => b.held - a.held || a.id - b.id);
}
