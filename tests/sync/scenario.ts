import fc from 'fast-check';
import type { Fault } from './faultProxy';

const dayMs = 24 * 60 * 60 * 1000;

export type Step =
  | { kind: 'create'; client: number }
  | { kind: 'edit'; client: number; pick: number }
  | { kind: 'delete'; client: number; pick: number }
  /** A case for another department: the server must reject it, the desk must show it. */
  | { kind: 'invalid'; client: number }
  | { kind: 'sync'; client: number; path: '/sync/push' | '/sync/pull'; fault: Fault }
  /** The desk dies while applying a pulled page: the page's transaction aborts. */
  | { kind: 'crashPull'; client: number }
  /** All desks at once, one of them slowed down so the others overtake it. */
  | { kind: 'syncAll'; slow: number };

export type Scenario = { skews: number[]; steps: Step[] };

// Restarting the server is slow (the embedded database reopens), so it is rarer than the others.
const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Fault>({ kind: 'pass' }) },
  { weight: 3, arbitrary: fc.constant<Fault>({ kind: 'dropRequest' }) },
  { weight: 3, arbitrary: fc.constant<Fault>({ kind: 'dropResponse' }) },
  { weight: 3, arbitrary: fc.constant<Fault>({ kind: 'duplicate' }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 60 }).map((ms): Fault => ({ kind: 'delay', ms })) },
  { weight: 1, arbitrary: fc.constant<Fault>({ kind: 'restart' }) },
);

export const scenarioArb = (clients: number): fc.Arbitrary<Scenario> => {
  const client = fc.integer({ min: 0, max: clients - 1 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 4, arbitrary: client.map((index): Step => ({ kind: 'create', client: index })) },
    {
      weight: 4,
      arbitrary: fc.record({ client, pick: fc.nat() }).map((value): Step => ({ kind: 'edit', ...value })),
    },
    {
      weight: 1,
      arbitrary: fc.record({ client, pick: fc.nat() }).map((value): Step => ({ kind: 'delete', ...value })),
    },
    { weight: 1, arbitrary: client.map((index): Step => ({ kind: 'invalid', client: index })) },
    {
      weight: 4,
      arbitrary: fc
        .record({
          client,
          path: fc.constantFrom('/sync/push' as const, '/sync/pull' as const),
          fault: faultArb,
        })
        .map((value): Step => ({ kind: 'sync', ...value })),
    },
    { weight: 1, arbitrary: client.map((index): Step => ({ kind: 'crashPull', client: index })) },
    { weight: 2, arbitrary: client.map((slow): Step => ({ kind: 'syncAll', slow })) },
  );
  return fc.record({
    skews: fc.array(fc.integer({ min: -dayMs, max: dayMs }), { minLength: clients, maxLength: clients }),
    steps: fc.array(step, { minLength: 6, maxLength: 16 }),
  });
};
