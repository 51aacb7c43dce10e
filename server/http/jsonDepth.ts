/**
 * How deeply a request's JSON may nest. A desk's deepest document (a case with its supplement notice
 * inside a mutation inside a push) is under 10 levels; 32 leaves room to grow. Everything behind the
 * edge (zod, the unstorable-text scan, JSON.stringify, jsonb) recurses once per level, so a body 100,000
 * levels deep would overflow the stack and answer 500 — on every retry of a push.
 */
export const maxJsonDepth = 32;

/**
 * Stands in for a subtree nested deeper than the cap. JSON text cannot produce this object (it is
 * compared by identity), so a mutation holding it is known to have been cut, never a client's value.
 */
export const tooDeep: Readonly<{ tooDeep: true }> = Object.freeze({ tooDeep: true });

type Container = Record<string, unknown>;
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/**
 * Replaces, in place, every container deeper than `maxDepth` (the top level is depth 1) with `tooDeep`.
 * Iterative, so it is safe on any depth `JSON.parse` accepts (V8's parser does not recurse), and it never
 * descends below the cap, so a deep body costs no more than a shallow one. Returns whether it cut.
 */
export const cutDeepJson = (root: unknown, maxDepth = maxJsonDepth): boolean => {
  if (!isContainer(root)) return false;
  let cut = false;
  const stack: [Container, number][] = [[root, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (!isContainer(child)) continue;
      if (depth + 1 <= maxDepth) {
        stack.push([child, depth + 1]);
        continue;
      }
      // defineProperty, not assignment: an own "__proto__" key from JSON.parse must stay a plain key.
      Object.defineProperty(node, key, {
        value: tooDeep,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      cut = true;
    }
  }
  return cut;
};

/** Whether `value` (already cut, so recursion is bounded by the cap) holds a cut subtree. */
export const holdsTooDeep = (value: unknown): boolean => {
  if (value === tooDeep) return true;
  if (!isContainer(value)) return false;
  return Object.values(value).some(holdsTooDeep);
};
