import type {
  Bottleneck,
  BottleneckCategory,
  BottleneckStatus,
  BottleneckUpdate,
} from '../../shared/duty/bottleneck';
import { bottleneckCategorySchema } from '../../shared/duty/bottleneck';
import { newNote, noteUpdate, type Person } from '../../shared/duty/builders';
import {
  bottleneckIdSchema,
  bottleneckUpdateIdSchema,
  type DepartmentId,
  type HallId,
  type ItemId,
} from '../../shared/ids';
import { addDays, toIsoInstant } from '../../shared/time';
import {
  emptyFilter,
  filterBoardRows,
  type BoardFilter,
  type BoardRow,
} from '../../renderer/features/duty/model/boardRows';

export type BoardSource = {
  departmentId: DepartmentId;
  halls: readonly HallId[];
  items: readonly { id: ItemId; name: string }[];
  clerks: readonly Person[];
  leaders: readonly Person[];
};

const synced = (version: number, at: string) => ({
  version,
  updatedAt: at as Bottleneck['updatedAt'],
  updatedBy: 'bench',
  deleted: false,
});

/**
 * `notes` notes raised over the last 180 days and `updates` updates among them (about five each): a
 * comment, an owner, a deadline, work started, and for most a resolution or an escalation — so the
 * board holds every status, owners and overdue notes, as a department's after years of use.
 */
export const makeDutyBoard = (
  source: BoardSource,
  notes: number,
  updates: number,
  now: Date,
): { notes: Bottleneck[]; updates: BottleneckUpdate[] } => {
  const noteRows: Bottleneck[] = [];
  const updateRows: BottleneckUpdate[] = [];
  const categories = bottleneckCategorySchema.options;
  let version = 1;
  for (let index = 0; index < notes; index += 1) {
    const raisedAt = new Date(now.getTime() - ((index * 7919) % (180 * 24 * 60)) * 60_000 - 3_600_000);
    const clerk = source.clerks[index % source.clerks.length]!;
    const leader = source.leaders[index % source.leaders.length]!;
    const item = index % 5 === 0 ? undefined : source.items[index % source.items.length]!;
    const id = bottleneckIdSchema.parse(`bench-note-${index}`);
    const note = newNote({
      departmentId: source.departmentId,
      hallId: source.halls[index % source.halls.length]!,
      windowId: null,
      itemId: item?.id ?? null,
      itemName: item?.name ?? '',
      caseId: null,
      certificateEntryId: null,
      shiftId: null,
      category: categories[index % categories.length] as BottleneckCategory,
      description: `第${index}号堵点：材料要求与指南不一致，群众多跑一趟`,
      applicantsAffected: 1 + (index % 9),
      severity: index % 3 === 0 ? 'high' : 'medium',
      ownerId: null,
      ownerName: null,
      deadline: null,
      by: clerk,
      now: raisedAt,
    });
    noteRows.push({ ...note, id, ...synced(version++, note.raisedAt) });
    // Spread the updates so the total is exact: the first `updates % notes` notes get one more.
    const count = Math.floor(updates / notes) + (index < updates % notes ? 1 : 0);
    const ending: BottleneckStatus = index % 4 === 0 ? 'escalated' : 'resolved';
    const owner = source.clerks[(index + 1) % source.clerks.length]!;
    for (let step = 0; step < count; step += 1) {
      const at = new Date(raisedAt.getTime() + (step + 1) * 600_000);
      const kind = step === 0 ? 'assign' : step === 1 ? 'deadline' : step === 2 ? 'status' : 'comment';
      const closes = step === 4 && index % 10 < 4;
      const fields = noteUpdate({
        departmentId: source.departmentId,
        noteId: id,
        kind: closes ? 'status' : kind,
        by: step < 2 || closes ? leader : owner,
        now: at,
        text: closes ? '已整改，窗口口径已统一' : kind === 'comment' ? `跟进第${step}次：已联系业务科室` : '',
        ...(closes ? { status: ending } : kind === 'status' ? { status: 'inProgress' as const } : {}),
        ...(kind === 'assign' ? { owner } : {}),
        ...(kind === 'deadline' ? { deadline: addDays(note.raisedDay, 3 + (index % 20)) } : {}),
      });
      updateRows.push({
        ...fields,
        id: bottleneckUpdateIdSchema.parse(`bench-upd-${index}-${step}`),
        ...synced(version++, toIsoInstant(at)),
      });
    }
  }
  return { notes: noteRows, updates: updateRows };
};

/** One change of one control on the board, and how many notes the board then shows. */
export type FilterStep = {
  control: 'board-status' | 'board-category' | 'board-item' | 'board-owner' | 'board-hall' | 'overdue';
  value: string;
  expected: number;
};

/**
 * A leader's session at the board: status, category, item, owner, hall and 只看超期 changed one at a
 * time and cleared again, from the board's opening filter (未解决). Each step's expected count comes
 * from the app's own filter; a step that would leave the count unchanged is skipped, since the bench
 * sees a filter applied by the count it shows.
 */
export const filterSteps = (
  rows: readonly BoardRow[],
  options: BoardSource,
  wanted: number,
): FilterStep[] => {
  const candidates: { control: FilterStep['control']; value: string; patch: Partial<BoardFilter> }[] = [];
  const statuses = ['open', 'inProgress', 'escalated', 'resolved', 'unresolved', ''] as const;
  const categories = bottleneckCategorySchema.options;
  for (let round = 0; candidates.length < wanted * 3; round += 1) {
    const status = statuses[round % statuses.length]!;
    candidates.push({ control: 'board-status', value: status, patch: { status } });
    const category = categories[round % categories.length]!;
    candidates.push({ control: 'board-category', value: category, patch: { category } });
    const item = options.items[round % options.items.length]!;
    candidates.push({ control: 'board-item', value: item.id, patch: { itemId: item.id } });
    candidates.push({ control: 'board-category', value: '', patch: { category: '' } });
    const owner = options.clerks[round % options.clerks.length]!;
    candidates.push({ control: 'board-owner', value: owner.id, patch: { ownerId: owner.id } });
    candidates.push({ control: 'board-item', value: '', patch: { itemId: '' } });
    candidates.push({ control: 'overdue', value: 'on', patch: { overdueOnly: true } });
    const hall = options.halls[round % options.halls.length]!;
    candidates.push({ control: 'board-hall', value: hall, patch: { hallId: hall } });
    candidates.push({ control: 'board-owner', value: '', patch: { ownerId: '' } });
    candidates.push({ control: 'overdue', value: 'off', patch: { overdueOnly: false } });
    candidates.push({ control: 'board-hall', value: '', patch: { hallId: '' } });
  }
  const steps: FilterStep[] = [];
  let filter: BoardFilter = { ...emptyFilter, status: 'unresolved' };
  let shown = filterBoardRows(rows, filter).length;
  for (const candidate of candidates) {
    if (steps.length >= wanted) break;
    const next = { ...filter, ...candidate.patch };
    const expected = filterBoardRows(rows, next).length;
    if (expected === shown) continue;
    steps.push({ control: candidate.control, value: candidate.value, expected });
    filter = next;
    shown = expected;
  }
  return steps;
};
