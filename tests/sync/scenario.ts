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
  | { kind: 'syncAll'; slow: number }
  /** The desk's database is copied now (a disk-restore card's image, a VM snapshot)… */
  | { kind: 'snapshot'; client: number }
  /** …and goes back to that copy: work made since and never pushed is gone with the disk. */
  | { kind: 'rollback'; client: number }
  /** The server's data is copied now… */
  | { kind: 'backup' }
  /** …and restored from that copy, with a new epoch, as an operator does. */
  | { kind: 'restore' }
  /** 换人: another clerk of the department signs in on this desk; pending work keeps its author. */
  | { kind: 'switchClerk'; client: number; to: number }
  /** A clerk of another department copies this desk's outbox into their own desk and pushes it. */
  | { kind: 'foreignReplay'; client: number }
  /** A desk build one schema ahead of the server tries to push: refused whole, outbox kept. */
  | { kind: 'deskAhead'; client: number };

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
    // The faults of issue 6: rarer, since each is slow or drastic.
    { weight: 1, arbitrary: client.map((index): Step => ({ kind: 'snapshot', client: index })) },
    { weight: 1, arbitrary: client.map((index): Step => ({ kind: 'rollback', client: index })) },
    { weight: 1, arbitrary: fc.constant<Step>({ kind: 'backup' }) },
    { weight: 1, arbitrary: fc.constant<Step>({ kind: 'restore' }) },
    {
      weight: 1,
      arbitrary: fc.record({ client, to: client }).map((value): Step => ({ kind: 'switchClerk', ...value })),
    },
    { weight: 1, arbitrary: client.map((index): Step => ({ kind: 'foreignReplay', client: index })) },
    { weight: 1, arbitrary: client.map((index): Step => ({ kind: 'deskAhead', client: index })) },
  );
  return fc.record({
    skews: fc.array(fc.integer({ min: -dayMs, max: dayMs }), { minLength: clients, maxLength: clients }),
    steps: fc.array(step, { minLength: 6, maxLength: 16 }),
  });
};
