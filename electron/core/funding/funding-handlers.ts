import { AppError } from '../../../shared/api/errors';
import { evaluatePacks } from '../../../shared/funding/evaluate-programmes';
import {
  completeSubject,
  subjectFromEnterprise,
  type FundingSubject,
} from '../../../shared/funding/funding-subject';
import type { FundingPack } from '../../../shared/funding/pack-schema';
import { projectSubject } from '../../../shared/funding/project-subject';
import { parsePackText } from '../../../shared/funding/pack-text';
import type { ParsedInput } from '../../../shared/api/contract';
import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { EnterpriseRepository } from '../enterprises/enterprise-repository';
import { ProjectRepository } from '../projects/project-repository';
import { FundingPackStore } from './funding-pack-store';

const store = (ctx: HandlerContext) => new FundingPackStore(ctx.db(), ctx.now);

/** Issues of a pack's text point inside the pack (programmes[2].support…), not at the call's `text`. */
function packFromText(text: string): FundingPack {
  const parsed = parsePackText(text);
  if (!parsed.ok) throw new AppError('VALIDATION', {}, parsed.issues);
  return parsed.pack;
}

/** The facts the profile and the plan give, before the ones stated with the call. */
function knownFacts(ctx: HandlerContext, input: ParsedInput<'funding.evaluate'>): FundingSubject | undefined {
  const db = ctx.db();
  const enterprises = new EnterpriseRepository(db, ctx.now);
  if (input.projectId !== undefined) {
    const project = new ProjectRepository(db, ctx.now).detail(input.projectId);
    return projectSubject(enterprises.get(project.enterpriseId), project, project.figures);
  }
  if (input.enterpriseId !== undefined) return subjectFromEnterprise(enterprises.get(input.enterpriseId));
  return undefined;
}

/**
 * Every programme of the chosen packs (all in force by default) against the subject. Read in one
 * snapshot, so that a pack or project edited meanwhile cannot show half old and half new.
 */
export function fundingForSubject(ctx: HandlerContext, input: ParsedInput<'funding.evaluate'>) {
  const db = ctx.db();
  return db.transaction(() => {
    const packs = new FundingPackStore(db, ctx.now);
    const chosen = input.packIds
      ? packs.find(input.packIds, (i) => ['packIds', i]).map((p) => p.pack)
      : packs.packs().map((p) => p.pack);
    return evaluatePacks(chosen, completeSubject(input.subject, knownFacts(ctx, input)));
  })();
}

/** Other windows judging fundability refetch it when a pack changes. */
function announced<T>(ctx: HandlerContext, result: T): T {
  ctx.emit({ type: 'workspace-changed', scope: 'funding' });
  return result;
}

export const fundingHandlers = {
  'funding.packs.list': (ctx) => store(ctx).list(),
  'funding.packs.get': (ctx, { id }) => store(ctx).get(id),
  'funding.packs.export': (ctx, { id }) => store(ctx).export(id),
  'funding.packs.importPreview': (ctx, { text }) => store(ctx).preview(packFromText(text)),
  'funding.packs.import': (ctx, { text }) => announced(ctx, store(ctx).save(packFromText(text))),
  'funding.packs.update': (ctx, { id, pack }) => announced(ctx, store(ctx).update(id, pack)),
  'funding.packs.delete': (ctx, { id }) => announced(ctx, store(ctx).delete(id)),
  'funding.packs.reset': (ctx, { id }) => announced(ctx, store(ctx).reset(id)),
  'funding.evaluate': fundingForSubject,
} satisfies Partial<HandlerTable>;
