import type { ServiceItemFields } from './serviceItem';
import { limitDeadline } from '../calendar/workCalendar';

/**
 * What a clerk would stop at in a guide, as checks a machine can run: the catalog self-consistency test
 * holds the demo catalog to them, and an item editor can show them before publishing. Each problem is
 * a code and the thing it concerns; an empty list means the guide holds together.
 */
export type GuideProblem =
  | { code: 'immediateButDays' }
  | { code: 'promiseBeyondLegal' }
  | { code: 'noAuthority' }
  | { code: 'decisionBelowAcceptance' }
  | { code: 'materialInNoStage'; materialId: string }
  | { code: 'droppedNotACertificate'; materialId: string }
  | { code: 'unknownCondition'; conditionId: string }
  | { code: 'unusedCondition'; conditionId: string }
  | { code: 'unknownStep'; stepId: string }
  | { code: 'unknownMaterial'; materialId: string }
  | { code: 'stepInNoStage'; stepId: string }
  | { code: 'immediateWithStages' }
  | { code: 'onlineWithoutPath' }
  | { code: 'deferrableWithoutRule'; materialId: string };

/** Things guides list as "dropped certificates" that are not 证明事项 at all (licences, photos, ID papers). */
const notCertificates = ['照片', '营业执照', '户口簿', '身份证', '决定书', '结论书', '执照'];

/** A fixed Monday to compare limits in different units on (法定 60 日 against 承诺 20 个工作日). */
const referenceStart = new Date('2026-03-02T02:00:00.000Z');

const levelRank = { province: 0, city: 1, county: 2, township: 3 } as const;

export const guideProblems = (item: ServiceItemFields): GuideProblem[] => {
  const problems: GuideProblem[] = [];
  const stepIds = new Set(item.steps.map((step) => step.id));
  const materialIds = new Set(item.materials.map((material) => material.id));
  const conditionIds = new Set((item.conditions ?? []).map((condition) => condition.id));

  // 即办件 promise 当场/当日: a 即办 flag beside "1 个工作日" is the contradiction clerks spot first.
  if (item.immediate && item.promisedLimit.value !== 0) problems.push({ code: 'immediateButDays' });
  if (limitDeadline(referenceStart, item.promisedLimit) > limitDeadline(referenceStart, item.legalLimit))
    problems.push({ code: 'promiseBeyondLegal' });
  if (!item.authority) problems.push({ code: 'noAuthority' });
  else if (
    !item.authority.acceptLevels.some((level) => levelRank[level] >= levelRank[item.authority!.decisionLevel])
  )
    problems.push({ code: 'decisionBelowAcceptance' });
  if (item.immediate && item.stages) problems.push({ code: 'immediateWithStages' });
  if ((item.fullyOnline || item.instantApproval) && !item.onlineGuide)
    problems.push({ code: 'onlineWithoutPath' });

  const referenced = new Set<string>();
  for (const material of item.materials) {
    for (const ref of [material.appliesWhen, material.dropped?.when]) {
      if (!ref) continue;
      referenced.add(ref.conditionId);
      if (!conditionIds.has(ref.conditionId))
        problems.push({ code: 'unknownCondition', conditionId: ref.conditionId });
    }
    if (
      material.dropped &&
      (!material.isCertificate || notCertificates.some((word) => material.name.includes(word)))
    )
      problems.push({ code: 'droppedNotACertificate', materialId: material.id });
    if (material.deferrable && !item.deferral)
      problems.push({ code: 'deferrableWithoutRule', materialId: material.id });
  }
  for (const id of conditionIds)
    if (!referenced.has(id)) problems.push({ code: 'unusedCondition', conditionId: id });

  const staged = new Set<string>();
  for (const stage of item.stages ?? []) {
    for (const id of stage.stepIds) {
      staged.add(id);
      if (!stepIds.has(id)) problems.push({ code: 'unknownStep', stepId: id });
    }
    for (const id of stage.materialIds)
      if (!materialIds.has(id)) problems.push({ code: 'unknownMaterial', materialId: id });
    if (stage.waitBefore?.stepId && !stepIds.has(stage.waitBefore.stepId))
      problems.push({ code: 'unknownStep', stepId: stage.waitBefore.stepId });
  }
  if (item.stages) {
    for (const id of stepIds) if (!staged.has(id)) problems.push({ code: 'stepInNoStage', stepId: id });
    // A 必交 material no visit asks for would never reach the checklist or the one-time notice.
    const asked = new Set(item.stages.flatMap((stage) => stage.materialIds));
    for (const material of item.materials)
      if (material.required && !asked.has(material.id))
        problems.push({ code: 'materialInNoStage', materialId: material.id });
  }
  for (const period of item.excludedPeriods ?? [])
    if (period.stepId && !stepIds.has(period.stepId))
      problems.push({ code: 'unknownStep', stepId: period.stepId });
  if (item.agent && !materialIds.has(item.agent.letterMaterialId))
    problems.push({ code: 'unknownMaterial', materialId: item.agent.letterMaterialId });
  return problems;
};
