import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../app/DbContext';

const none = { windows: new Map<string, number>(), staff: new Map<string, string>() };

/** Window numbers of this hall and staff names, for the list's 窗口 and 经办人 columns. */
export const useListNames = (hallId: string) => {
  const db = useDb();
  return (
    useLiveQuery(async () => {
      const [windows, staff] = await Promise.all([
        db.windows.where('hallId').equals(hallId).toArray(),
        db.staff.toArray(),
      ]);
      return {
        windows: new Map<string, number>(windows.map((one) => [one.id, one.number])),
        staff: new Map<string, string>(staff.map((one) => [one.id, one.name])),
      };
    }, [db, hallId]) ?? none
  );
};
