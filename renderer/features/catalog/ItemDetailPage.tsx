import { Box, Button, Link, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PlayArrowRoundedIcon from '@mui/icons-material/PlayArrowRounded';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { itemIdSchema } from '../../../shared/ids';
import { useDb } from '../../app/DbContext';
import { startCasePath } from '../../app/navigation';
import { useDesk } from '../../app/useDesk';
import { deskRefusal } from '../../../shared/domain/guideRules';
import { useHallLevel } from '../../app/useHallLevel';
import { ItemFlags } from '../../components/ItemFlags';
import { Page } from '../../components/Page';
import { PageState } from '../../components/PageState';
import { useI18n } from '../../i18n/useI18n';
import { ItemFacts } from './ItemFacts';
import { MaterialsTable } from './MaterialsTable';
import { StepsList } from './StepsList';
import { GuideAuthority } from './guide/GuideAuthority';
import { GuideOnline } from './guide/GuideOnline';
import { GuideVisits } from './guide/GuideVisits';
import { applyCertificateLists } from '../../../shared/certificates/applyLists';
import { loadCertificateIndex } from '../certificates/data/certificateIndex';

const BackLink = () => {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Link
      component={RouterLink}
      to="/catalog"
      onClick={(event) => {
        // Going back keeps the search and filters the clerk came from.
        if (window.history.length > 1) {
          event.preventDefault();
          void navigate(-1);
        }
      }}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}
    >
      <ArrowBackIcon fontSize="small" aria-hidden />
      {t('catalog.detail.back')}
    </Link>
  );
};

/** 办事指南: everything a clerk tells an applicant about one item, and the way into handling it. */
export const ItemDetailPage = () => {
  const { t } = useI18n();
  const db = useDb();
  const navigate = useNavigate();
  const { itemId = '' } = useParams();
  const desk = useDesk();
  const hallLevel = useHallLevel(desk?.hallId);
  const data = useLiveQuery(async () => {
    // The id comes from the address bar: an id that cannot exist is simply "not found".
    const id = itemIdSchema.safeParse(itemId);
    const stored = id.success ? await db.items.get(id.data) : undefined;
    const item = stored ? applyCertificateLists(stored, await loadCertificateIndex(db)) : undefined;
    const department = item?.departmentId ? await db.departments.get(item.departmentId) : undefined;
    return { item, department };
  }, [db, itemId]);

  if (!data) return <PageState kind="loading" />;
  const { item, department } = data;
  if (!item || item.deleted)
    return (
      <Page title={t('catalog.title')} before={<BackLink />}>
        <PageState kind="empty" title={t('catalog.detail.notFound')} />
      </Page>
    );

  return (
    <Page
      title={item.name}
      before={<BackLink />}
      subtitle={
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mt: 0.5 }}>
          <Typography component="span" sx={{ fontFamily: 'monospace' }}>
            {t('catalog.detail.code', { code: item.code })}
          </Typography>
          <ItemFlags item={item} size="medium" />
        </Box>
      }
      actions={
        item.published &&
        desk &&
        deskRefusal(desk.departmentId, hallLevel, item) === null && (
          <Button
            variant="contained"
            size="large"
            startIcon={<PlayArrowRoundedIcon />}
            // Arriving from the catalog (/ then Enter), Enter starts the case: no ten Tabs to get here.
            autoFocus
            onClick={() => void navigate(startCasePath(item.id))}
          >
            {t('catalog.startCase')}
          </Button>
        )
      }
    >
      {item.summary && (
        <Typography sx={{ color: 'text.secondary', maxWidth: 900 }}>{item.summary}</Typography>
      )}
      <GuideOnline item={item} />
      <ItemFacts item={item} department={department} />
      <GuideAuthority item={item} hallLevel={hallLevel} />
      <MaterialsTable materials={item.materials} conditions={item.conditions} />
      <StepsList steps={item.steps} />
      <GuideVisits item={item} />
    </Page>
  );
};
