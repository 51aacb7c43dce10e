import { hallDayOf, type IsoDay } from '../../../shared/time';
import { useNow } from '../../app/useNow';

/** Today in the hall's time zone; rolls over at midnight while the app stays open. */
export const useHallDay = (): { day: IsoDay; now: Date } => {
  const now = useNow(60_000);
  return { day: hallDayOf(now), now };
};
