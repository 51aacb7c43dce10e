import { uuidv7 } from 'uuidv7';
import { startCase } from '../../../shared/domain/caseMachine';
import type { Case, CaseStatus } from '../../../shared/domain/case';
import type { Desk } from '../../../shared/domain/organization';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { hallDayOf, toIsoInstant } from '../../../shared/time';

const dayMs = 24 * 60 * 60 * 1000;
const finished: CaseStatus[] = [
  'completedInOneVisit',
  'completedInOneVisit',
  'completedInOneVisit',
  'needsSupplement',
];
const surnames = '王李张刘陈杨赵黄周吴孔孟颜曹';

/**
 * `count` realistic, schema-valid cases of one desk: `todayCount` of them today (a mix of open and
 * finished), the rest spread over the previous ~1,000 hall days, all synced (version > 0, no outbox),
 * as on a desk that has been in use for years.
 */
export const makeCases = (
  items: readonly ServiceItem[],
  desk: Desk,
  count: number,
  todayCount: number,
  now: Date,
): Case[] => {
  const rows: Case[] = [];
  for (let index = 0; index < count; index += 1) {
    const isToday = index < todayCount;
    const daysAgo = isToday ? 0 : 1 + ((index - todayCount) % 1000);
    // Today's cases start within the last minutes so they stay on today's hall day.
    const startedAt = new Date(
      now.getTime() - (isToday ? index * 1000 : daysAgo * dayMs + (index % 480) * 60_000),
    );
    const item = items[index % items.length]!;
    const started = startCase({
      item,
      desk,
      applicantName: `${surnames[index % surnames.length]}某${index}`,
      applicantIdNumber: '',
      now: startedAt,
    });
    if (!started.ok) throw new Error(`cannot start a bench case: ${started.error.code}`);
    const status: CaseStatus = isToday && index % 3 === 0 ? 'inProgress' : finished[index % finished.length]!;
    const done = status !== 'inProgress';
    rows.push({
      ...started.value,
      id: uuidv7() as Case['id'],
      day: hallDayOf(startedAt),
      status,
      completedStepIds: done ? item.steps.map((step) => step.id) : [],
      receivedMaterialIds: item.materials.map((material) => material.id),
      finishedAt: done ? toIsoInstant(new Date(startedAt.getTime() + 15 * 60_000)) : null,
      version: index + 1,
      updatedAt: toIsoInstant(startedAt),
      updatedBy: desk.staffId,
      deleted: false,
    });
  }
  return rows;
};
