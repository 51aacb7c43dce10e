import { useLiveQuery } from 'dexie-react-hooks';
import type { AdminLevel } from '../../shared/domain/itemGuide';
import type { HallId } from '../../shared/ids';
import { useDb } from './DbContext';

/** The level (市/县/乡镇) of the desk's hall; undefined while loading or for a hall set up without one (city). */
export const useHallLevel = (hallId: HallId | undefined): AdminLevel | undefined => {
  const db = useDb();
  return useLiveQuery(async () => (hallId ? (await db.halls.get(hallId))?.level : undefined), [db, hallId]);
};
