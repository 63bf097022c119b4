/**
 * The single API between the UI and the core. Every call: a name, a zod schema for its input, and
 * its output type. The core implements this table once; Electron IPC, the browser host and
 * in-process calls only move bytes.
 */
import './zod-setup';
import { z } from 'zod';
import {
  EnterpriseChangesSchema,
  EnterpriseCreateSchema,
  EntityId,
  type Enterprise,
  type EnterpriseSummary,
} from '../enterprise/enterprise-schema';
import type { BackupInfo, RestoreResult, WorkspaceStatus } from '../workspace/workspace-types';
import {
  EquipmentChangesSchema,
  EquipmentFilterSchema,
  EquipmentIds,
  EquipmentSortSchema,
  ExportRequestSchema,
  FileId,
  ImportRequestSchema,
  JobId,
  type ChangeSetInfo,
  type EquipmentFacets,
  type EquipmentPage,
  type EquipmentRecord,
  type ExportResult,
  type FileRef,
  type ImportPreview,
  type ImportResult,
} from '../register/register-api';
import { MappingChoiceSchema } from '../register/header-mapping';
import type { IndicatorReport } from '../indicators/compute-indicators';
import type { RegisterDistributions } from '../indicators/register-distributions';
import {
  IndicatorRowsRequestSchema,
  IndicatorsRequestSchema,
  type IndicatorRows,
} from '../indicators/indicators-api';
import {
  AnswerRequestSchema,
  AssessmentChangesSchema,
  AssessmentCreateSchema,
  CompareRequestSchema,
  type AnswerSaved,
  type AssessmentDetail,
  type AssessmentSummary,
  type Questionnaire,
} from '../assessment/assessment-api';
import type { AssessmentComparison } from '../assessment/compare-assessments';
import {
  ReadinessRequestSchema,
  ReadinessRowsRequestSchema,
  type ReadinessReport,
} from '../readiness/readiness-api';
import {
  DecideRequestSchema,
  OpportunitiesListSchema,
  type DecisionResult,
  type OpportunityReport,
} from '../opportunities/opportunities-api';
import {
  AssumptionsGetSchema,
  AssumptionsSetSchema,
  type AssumptionsSetResult,
  type StoredAssumptions,
} from '../opportunities/assumptions-api';
import { ProjectCreateSchema, type ProjectSummary } from '../projects/project-schema';
import {
  AddBenefitSchema,
  AddFinancingSchema,
  AddLineSchema,
  FromOpportunitiesSchema,
  ProjectUpdateSchema,
  RemoveItemSchema,
  UpdateBenefitSchema,
  UpdateFinancingSchema,
  UpdateLineSchema,
  type ProjectDetail,
} from '../projects/projects-api';
import {
  FundingEvaluateSchema,
  PackIdSchema,
  PackResetSchema,
  PackTextSchema,
  PackUpdateSchema,
  type FundingImportPreview,
  type FundingPackDeleted,
  type FundingPackDetail,
  type FundingPackExport,
  type FundingPackSummary,
} from '../funding/funding-api';
import type { FundingEvaluation } from '../funding/evaluate-programmes';
import {
  ScenarioCompareSchema,
  ScenarioCreateSchema,
  ScenarioUpdateSchema,
  type Scenario,
  type ScenarioComparisonReport,
} from '../scenarios/scenarios-api';
import {
  AttachFileSchema,
  AttachmentIdSchema,
  AttachmentOpenSchema,
  ChecklistMarkSchema,
  DraftExportSchema,
  DraftRequestSchema,
  NarrativeSetSchema,
  TargetProgrammeSchema,
  type ApplicationReadiness,
  type AttachmentView,
  type Checklist,
  type DraftExportResult,
  type NarrativeView,
} from '../drafts/drafts-api';
import type { DraftModel } from '../drafts/draft-model';
import {
  HandoffExportSchema,
  HandoffImportSchema,
  HandoffPreviewSchema,
  type HandoffExportResult,
  type HandoffImportResult,
  type HandoffPreview,
} from '../handoff/handoff-api';
import { PortfolioRequestSchema, type Portfolio } from '../portfolio/portfolio-api';

/**
 * How the core schedules a call: reads run at once; writes run one after another; `control` calls
 * (cancelling a job) never wait, or they could not reach the job they cancel.
 */
export type MethodKind = 'read' | 'write' | 'control';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  kind: MethodKind;
  /** Only carries the output type; never set at run time. */
  output?: O;
}

const method =
  <O>(kind: MethodKind = 'write') =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, kind });

const NoInput = z.strictObject({});
/** Backups are named, never addressed by path: the name must be a plain file name in the backup folder. */
const BackupName = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9\u4e00-\u9fff_.-]+\.sqlite$/, { message: 'validation.backupName' })
  .refine((s) => !s.includes('..'), { message: 'validation.backupName' });

export const contract = {
  'workspace.status': method<WorkspaceStatus>('read')(NoInput),
  /** Leaves recovery mode: restore the named backup, or start an empty workspace when null. */
  'workspace.recover': method<WorkspaceStatus>()(z.strictObject({ backup: BackupName.nullable() })),

  'enterprise.list': method<EnterpriseSummary[]>('read')(NoInput),
  'enterprise.get': method<Enterprise>('read')(z.strictObject({ id: EntityId })),
  'enterprise.create': method<Enterprise>()(EnterpriseCreateSchema),
  'enterprise.update': method<Enterprise>()(
    z.strictObject({ id: EntityId, changes: EnterpriseChangesSchema }),
  ),
  /** Moves the enterprise out of sight; `enterprise.undoDelete` brings it back unchanged. */
  'enterprise.delete': method<{ id: number; name: string }>()(z.strictObject({ id: EntityId })),
  'enterprise.undoDelete': method<Enterprise>()(z.strictObject({ id: EntityId })),

  'backup.list': method<BackupInfo[]>('read')(NoInput),
  'backup.create': method<BackupInfo>()(NoInput),
  'backup.restore': method<RestoreResult>()(z.strictObject({ name: BackupName })),

  /** Stops a long job (import, export) started with this jobId; its work is rolled back. */
  'job.cancel': method<{ cancelled: boolean }>('control')(z.strictObject({ jobId: JobId })),

  'equipment.page': method<EquipmentPage>('read')(
    z.strictObject({
      enterpriseId: EntityId,
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(1000),
      sort: EquipmentSortSchema.optional(),
      filter: EquipmentFilterSchema.optional(),
    }),
  ),
  /** The ids of every row matching a filter, for "select all" before a bulk edit or delete. */
  'equipment.ids': method<number[]>('read')(
    z.strictObject({ enterpriseId: EntityId, filter: EquipmentFilterSchema.optional() }),
  ),
  'equipment.facets': method<EquipmentFacets>('read')(z.strictObject({ enterpriseId: EntityId })),
  'equipment.get': method<EquipmentRecord>('read')(z.strictObject({ enterpriseId: EntityId, id: EntityId })),
  'equipment.add': method<EquipmentRecord>()(
    z.strictObject({ enterpriseId: EntityId, row: EquipmentChangesSchema }),
  ),
  /** A copy of a row under a new asset code, for entering similar machines quickly. */
  'equipment.duplicate': method<EquipmentRecord>()(z.strictObject({ enterpriseId: EntityId, id: EntityId })),
  'equipment.update': method<EquipmentRecord>()(
    z.strictObject({ enterpriseId: EntityId, id: EntityId, changes: EquipmentChangesSchema }),
  ),
  'equipment.bulkUpdate': method<{ changeSetId: number; count: number }>()(
    z.strictObject({ enterpriseId: EntityId, ids: EquipmentIds, changes: EquipmentChangesSchema }),
  ),
  'equipment.delete': method<{ changeSetId: number; count: number }>()(
    z.strictObject({ enterpriseId: EntityId, ids: EquipmentIds }),
  ),
  /** Import history and other undoable changes, newest first. */
  'equipment.history': method<ChangeSetInfo[]>('read')(z.strictObject({ enterpriseId: EntityId })),
  'equipment.undo': method<ChangeSetInfo>()(
    z.strictObject({ enterpriseId: EntityId, changeSetId: EntityId }),
  ),
  'equipment.importPreview': method<ImportPreview>('read')(
    z.strictObject({
      enterpriseId: EntityId,
      fileId: FileId,
      sheet: z.string().max(200).optional(),
      mapping: MappingChoiceSchema.optional(),
    }),
  ),
  'equipment.import': method<ImportResult>()(ImportRequestSchema),
  'equipment.export': method<ExportResult>('read')(ExportRequestSchema),

  /** Every indicator of the enterprise for a reference year (default: the current year). */
  'indicators.compute': method<IndicatorReport>('read')(IndicatorsRequestSchema),
  /** The register rows behind an indicator's numerator, denominator or excluded set. */
  'indicators.rows': method<IndicatorRows>('read')(IndicatorRowsRequestSchema),
  /** In-service units by category: by age, installed power and the electricity estimate (charts). */
  'indicators.distributions': method<RegisterDistributions>('read')(IndicatorsRequestSchema),

  /** The questionnaire: structure, questions in both languages, ratings, weights, bands, suggestion rules. */
  'assessment.questions': method<Questionnaire>('read')(NoInput),
  /** An enterprise's self-assessments, newest first. */
  'assessment.list': method<AssessmentSummary[]>('read')(z.strictObject({ enterpriseId: EntityId })),
  'assessment.get': method<AssessmentDetail>('read')(z.strictObject({ id: EntityId })),
  /** A dated assessment, the questions the register answers filled in as marked suggestions. */
  'assessment.create': method<AssessmentDetail>()(AssessmentCreateSchema),
  'assessment.update': method<AssessmentDetail>()(
    z.strictObject({ id: EntityId, changes: AssessmentChangesSchema }),
  ),
  /** Saves one answer as it is given, and returns the assessment scored again. */
  'assessment.answer': method<AnswerSaved>()(AnswerRequestSchema),
  /** Moves the assessment out of sight; `assessment.undoDelete` brings it back unchanged. */
  'assessment.delete': method<{ id: number; title: string }>()(z.strictObject({ id: EntityId })),
  'assessment.undoDelete': method<AssessmentDetail>()(z.strictObject({ id: EntityId })),
  /** Two assessments side by side, with what changed from the first to the second. */
  'assessment.compare': method<AssessmentComparison>('read')(CompareRequestSchema),

  /** Smart-factory, energy-saving and automation readiness: breakdown and the actions that raise them. */
  'readiness.compute': method<ReadinessReport>('read')(ReadinessRequestSchema),
  /** The register rows an action names, by its row set. */
  'readiness.rows': method<IndicatorRows>('read')(ReadinessRowsRequestSchema),

  /** Measures the register suggests (issue 5), with savings, cost, payback, clause and assumptions. */
  'opportunities.list': method<OpportunityReport>('read')(OpportunitiesListSchema),
  /** Accept a proposal into a project, dismiss it with a reason, or undo either. */
  'opportunities.decide': method<DecisionResult>()(DecideRequestSchema),
  /** The finder's assumptions for the enterprise: stored values, defaults and bases. */
  'opportunities.assumptions.get': method<StoredAssumptions>('read')(AssumptionsGetSchema),
  /** Replaces them (null or {} resets to the defaults); list and decide use them when given none. */
  'opportunities.assumptions.set': method<AssumptionsSetResult>()(AssumptionsSetSchema),

  /** An enterprise's projects, newest first, with their investment, saving and payback. */
  'projects.list': method<ProjectSummary[]>('read')(z.strictObject({ enterpriseId: EntityId })),
  /** Every project call answers with the project and its figures (projectFigures). */
  'projects.get': method<ProjectDetail>('read')(z.strictObject({ id: EntityId })),
  'projects.create': method<ProjectDetail>()(ProjectCreateSchema),
  'projects.update': method<ProjectDetail>()(ProjectUpdateSchema),
  /** Moves the project out of sight; `projects.undoDelete` brings it back unchanged. */
  'projects.delete': method<{ id: number; name: string }>()(z.strictObject({ id: EntityId })),
  'projects.undoDelete': method<ProjectDetail>()(z.strictObject({ id: EntityId })),
  'projects.addLine': method<ProjectDetail>()(AddLineSchema),
  'projects.updateLine': method<ProjectDetail>()(UpdateLineSchema),
  'projects.removeLine': method<ProjectDetail>()(RemoveItemSchema),
  'projects.addFinancing': method<ProjectDetail>()(AddFinancingSchema),
  'projects.updateFinancing': method<ProjectDetail>()(UpdateFinancingSchema),
  'projects.removeFinancing': method<ProjectDetail>()(RemoveItemSchema),
  'projects.addBenefit': method<ProjectDetail>()(AddBenefitSchema),
  'projects.updateBenefit': method<ProjectDetail>()(UpdateBenefitSchema),
  'projects.removeBenefit': method<ProjectDetail>()(RemoveItemSchema),
  /** A new project with the chosen proposals accepted into it, in one step. */
  'projects.fromOpportunities': method<ProjectDetail>()(FromOpportunitiesSchema),

  /** Funding rule packs in force: the shipped examples (unless deleted or edited) and the user's. */
  'funding.packs.list': method<FundingPackSummary[]>('read')(NoInput),
  'funding.packs.get': method<FundingPackDetail>('read')(PackIdSchema),
  /** The pack as JSON text for a file; importing the text gives the same pack back. */
  'funding.packs.export': method<FundingPackExport>('read')(PackIdSchema),
  /** Validates a pack's JSON text and says what importing it would change; writes nothing. */
  'funding.packs.importPreview': method<FundingImportPreview>('read')(PackTextSchema),
  /** Adds the pack, or replaces the pack of the same id; issues point inside the pack. */
  'funding.packs.import': method<FundingImportPreview>()(PackTextSchema),
  'funding.packs.update': method<FundingPackDetail>()(PackUpdateSchema),
  /** Returns the pack's text: importing it again undoes the deletion. */
  'funding.packs.delete': method<FundingPackDeleted>()(PackIdSchema),
  /** Brings back one shipped example as shipped, or all of them. */
  'funding.packs.reset': method<FundingPackSummary[]>()(PackResetSchema),
  /** Every programme: eligible or not and why, and the estimated support with its computation. */
  'funding.evaluate': method<FundingEvaluation>('read')(FundingEvaluateSchema),

  /** An enterprise's scenarios (named sets of its projects), oldest first. */
  'scenarios.list': method<Scenario[]>('read')(z.strictObject({ enterpriseId: EntityId })),
  'scenarios.get': method<Scenario>('read')(z.strictObject({ id: EntityId })),
  'scenarios.create': method<Scenario>()(ScenarioCreateSchema),
  'scenarios.update': method<Scenario>()(ScenarioUpdateSchema),
  /** Moves the scenario out of sight; `scenarios.undoDelete` brings it back unchanged. */
  'scenarios.delete': method<{ id: number; name: string }>()(z.strictObject({ id: EntityId })),
  'scenarios.undoDelete': method<Scenario>()(z.strictObject({ id: EntityId })),
  /** Sets of projects side by side: investment, support, net cost, savings, returns, readiness after. */
  'scenarios.compare': method<ScenarioComparisonReport>('read')(ScenarioCompareSchema),

  /** The project's narrative sections: its own and the enterprise's (shared by its projects). */
  'drafts.narratives.get': method<NarrativeView[]>('read')(DraftRequestSchema),
  /** Saves one section; a section of enterprise scope changes every project's draft. */
  'drafts.narratives.set': method<NarrativeView>()(NarrativeSetSchema),
  /** The programme the project applies to: its pack's documents join the checklist. */
  'drafts.targetProgramme.set': method<Checklist>()(TargetProgrammeSchema),
  /** The attachment checklist: DOMAIN.md §10's items and the chosen programme's documents. */
  'drafts.checklist.get': method<Checklist>('read')(DraftRequestSchema),
  'drafts.checklist.mark': method<Checklist>()(ChecklistMarkSchema),
  /** Copies the chosen file into the workspace (hash, size, original name) under a checklist item. */
  'drafts.attachments.add': method<AttachmentView>()(AttachFileSchema),
  /** Removes an attachment; `drafts.attachments.undoRemove` brings it back. */
  'drafts.attachments.remove': method<{ id: number; originalName: string }>()(AttachmentIdSchema),
  'drafts.attachments.undoRemove': method<AttachmentView>()(AttachmentIdSchema),
  /** The attachment's bytes, saved where the user chose or offered as a download. */
  'drafts.attachments.open': method<{ file: FileRef }>('read')(AttachmentOpenSchema),
  /** 0–100, with each missing piece and where to fix it. */
  'drafts.readiness': method<ApplicationReadiness>('read')(DraftRequestSchema),
  /** The draft as data: what the print view shows and every output renders. */
  'drafts.model': method<DraftModel>('read')(DraftRequestSchema),
  /** The draft as Word (the app's outline or the agency's template), Excel tables or PDF. */
  'drafts.export': method<DraftExportResult>('read')(DraftExportSchema),

  /** One enterprise with everything it owns as a single `.retrofit` file. */
  'handoff.export': method<HandoffExportResult>('read')(HandoffExportSchema),
  /** What importing the file would add or change; writes nothing. */
  'handoff.preview': method<HandoffPreview>('read')(HandoffPreviewSchema),
  /** Adds the enterprise, or replaces the one with the same USCC (a backup is taken first). */
  'handoff.import': method<HandoffImportResult>()(HandoffImportSchema),

  /** Every client with its scores, projects, application readiness and next deadline. */
  'portfolio.list': method<Portfolio>('read')(PortfolioRequestSchema),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What every transport gives the renderer. */
export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Returns an unsubscribe function. */
  onEvent(listener: (event: import('./events').CoreEvent) => void): () => void;
}
