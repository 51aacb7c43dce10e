import type { Case } from '../../../../shared/domain/case';

/** A tick the clerk made that the live query may not show yet; `settled` once its write finished. */
export type Tick = { value: boolean; settled: boolean };
export type Ticks = Readonly<Record<string, Tick>>;

export const tickKey = (kind: 'step' | 'material', id: string): string => `${kind}:${id}`;

const apply = (list: readonly string[], kind: 'step' | 'material', ticks: Ticks): string[] => {
  const result = new Set(list);
  for (const [key, tick] of Object.entries(ticks)) {
    const [tickKind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (tickKind !== kind) continue;
    if (tick.value) result.add(id);
    else result.delete(id);
  }
  // Keep the recorded order, then newly ticked ids in the order they were ticked.
  return [...list.filter((id) => result.has(id)), ...[...result].filter((id) => !list.includes(id))];
};

/** The case as the clerk sees it: the stored lists with their not-yet-visible ticks applied. */
export const withTicks = (caseRecord: Case, ticks: Ticks): Case =>
  Object.keys(ticks).length === 0
    ? caseRecord
    : {
        ...caseRecord,
        completedStepIds: apply(caseRecord.completedStepIds, 'step', ticks),
        receivedMaterialIds: apply(caseRecord.receivedMaterialIds, 'material', ticks),
      };

const recorded = (caseRecord: Case, key: string): boolean => {
  const id = key.slice(key.indexOf(':') + 1);
  return key.startsWith('step:')
    ? caseRecord.completedStepIds.includes(id)
    : caseRecord.receivedMaterialIds.includes(id);
};

/** Drops ticks the stored row now shows; pending ones stay so a quick series never flickers. */
export const pruneTicks = (ticks: Ticks, caseRecord: Case): Ticks =>
  Object.fromEntries(
    Object.entries(ticks).filter(
      ([key, tick]) => !(tick.settled && recorded(caseRecord, key) === tick.value),
    ),
  );
