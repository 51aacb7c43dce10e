import { useEffect, useState } from 'react';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { Box, Button } from '@mui/material';
import MenuBookOutlinedIcon from '@mui/icons-material/MenuBookOutlined';
import AssignmentOutlinedIcon from '@mui/icons-material/AssignmentOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink } from 'react-router';
import { useDb } from '../../app/DbContext';
import { useDeskDetails } from '../../app/useDeskDetails';
import { datePatterns } from '../../components/datePatterns';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useI18n } from '../../i18n/useI18n';
import { useCatalog } from '../catalog/CatalogProvider';
import { QuickStart } from './QuickStart';
import { RecentCases } from './RecentCases';
import { TodayCountCards } from './TodayCountCards';
import { countTodayAtWindow, frequentItemsAtWindow, recentUnfinishedAtWindow } from './todayQueries';
import { useHallDay } from './useHallDay';
import { hallDayOf } from '../../../shared/time';

const recentDays = 7;
const recentLimit = 5;
const frequentLimit = 5;

/** 今日工作台: today's figures at this window, a quick way to start a case, and cases to continue. */
export const HomePage = () => {
  const { t, locale } = useI18n();
  const format = useDateFormat();
  const db = useDb();
  const details = useDeskDetails();
  const [wantCatalog, setWantCatalog] = useState(false);
  const catalog = useCatalog({ when: wantCatalog });
  const { day, now } = useHallDay();
  const windowId = details?.desk.windowId;
  const sinceDay = hallDayOf(new Date(now.getTime() - (recentDays - 1) * 24 * 60 * 60 * 1000));

  const counts = useLiveQuery(
    () => (windowId ? countTodayAtWindow(db, day, windowId) : undefined),
    [db, day, windowId],
  );
  const recent = useLiveQuery(
    () => (windowId ? recentUnfinishedAtWindow(db, windowId, sinceDay, day, recentLimit) : undefined),
    [db, windowId, sinceDay, day],
  );

  const frequent = useLiveQuery(async () => {
    if (!windowId) return undefined;
    const ids = await frequentItemsAtWindow(db, windowId, sinceDay, day, frequentLimit);
    const items = await db.items.bulkGet(ids);
    return items.filter((item): item is ServiceItem => item !== undefined && item.published && !item.deleted);
  }, [db, windowId, sinceDay, day]);

  // The figures paint first; the catalog's search loads once they are on screen and the browser is
  // idle, or as soon as the clerk reaches for the search box.
  const figuresShown = counts !== undefined && recent !== undefined;
  useEffect(() => {
    if (!figuresShown) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => setWantCatalog(true), 500);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setWantCatalog(true), { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [figuresShown]);

  if (!details) return <PageState kind="loading" />;
  const windowLabel = details.window ? t('shell.windowNumber', { number: details.window.number }) : '';

  return (
    <Page
      title={t('home.title')}
      subtitle={t('home.subtitle', {
        date: format(now, datePatterns[locale].longDay),
        hall: details.hall?.name ?? '',
        window: windowLabel,
      })}
      actions={
        <>
          <Button
            component={RouterLink}
            to="/catalog"
            variant="outlined"
            startIcon={<MenuBookOutlinedIcon />}
          >
            {t('home.browseCatalog')}
          </Button>
          <Button
            component={RouterLink}
            to="/cases"
            variant="contained"
            startIcon={<AssignmentOutlinedIcon />}
          >
            {t('home.allCases')}
          </Button>
        </>
      }
    >
      <TodayCountCards counts={counts} windowLabel={windowLabel} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 7fr) minmax(0, 5fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <QuickStart catalog={catalog} frequentItems={frequent} onWantCatalog={() => setWantCatalog(true)} />
        <RecentCases cases={recent} />
      </Box>
    </Page>
  );
};
