/**
 * Gathers the keys asked for by sibling fields of one request (every agenda item's flags, say)
 * and loads them together, once the current round of resolvers has asked. One batch per request
 * and name: nothing is shared between requests, so nothing leaks between viewers.
 */
interface Batch<V> {
  keys: Set<string>;
  result: Promise<Map<string, V>> | null;
  resolve: (value: Map<string, V>) => void;
  reject: (error: unknown) => void;
}

const batches = new WeakMap<object, Map<string, Batch<unknown>>>();

export function loadBatched<V>(
  request: object,
  name: string,
  key: string,
  load: (keys: string[]) => Promise<Map<string, V>>,
): Promise<V | undefined> {
  let byName = batches.get(request);
  if (!byName) batches.set(request, (byName = new Map()));
  let batch = byName.get(name) as Batch<V> | undefined;
  if (!batch) {
    const created: Batch<V> = { keys: new Set(), result: null, resolve: () => undefined, reject: () => undefined };
    created.result = new Promise<Map<string, V>>((resolve, reject) => {
      created.resolve = resolve;
      created.reject = reject;
    });
    byName.set(name, created as Batch<unknown>);
    // setImmediate runs after the promise jobs of the current round, so every sibling has asked.
    setImmediate(() => {
      byName!.delete(name);
      load([...created.keys]).then(created.resolve, created.reject);
    });
    batch = created;
  }
  batch.keys.add(key);
  return batch.result!.then((found) => found.get(key));
}
