/** The project forms' values and what the API is sent: yuan to fen, percent to fraction, only what changed. */
import { describe, expect, it } from 'vitest';
import {
  BenefitInputSchema,
  FinancingInputSchema,
  LineInputSchema,
} from '../../../shared/projects/project-schema';
import type { ProjectBenefit, ProjectFinancing, ProjectLine } from '../../../shared/projects/project-schema';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { ProjectChangesSchema } from '../../../shared/projects/project-schema';
import {
  benefitChanges,
  benefitFieldOfIssue,
  benefitInput,
  benefitValues,
  financingChanges,
  financingInput,
  financingValues,
  lineChanges,
  lineFieldOfIssue,
  lineInput,
  lineValues,
  planChanges,
  planFieldOfIssue,
  planValues,
} from '../../../renderer/projects/project-values';

const LINE: ProjectLine = {
  id: 3,
  category: 'equipment',
  name: '永磁变频螺杆空压机',
  model: 'PM55-8',
  quantity: 2,
  unitPriceFen: 18_500_055,
  amountFen: 37_000_110,
  supplier: null,
  origin: 'domestic',
  deductibleVatRate: 0.13,
  intelligent: false,
  // A register row deleted since: it must not be sent back unless the user changes the links.
  equipment: [{ equipmentId: 9, relation: 'replaces', assetCode: 'KY-01', name: '螺杆空压机', live: false }],
  opportunityId: null,
  notes: null,
};

describe('line items', () => {
  it('sends the typed yuan as fen and the VAT percentage as a fraction, in a shape the core accepts', () => {
    const input = lineInput({
      ...lineValues(null),
      name: '  安装调试 ',
      quantity: 1,
      unitPriceYuan: 12_345.67,
      vatPercent: 9,
      supplier: '   ',
    });
    expect(input).toMatchObject({
      category: 'equipment',
      name: '安装调试',
      unitPriceFen: 1_234_567,
      deductibleVatRate: 0.09,
      supplier: null,
      origin: null,
      equipment: [],
    });
    expect(LineInputSchema.safeParse(input).success).toBe(true);
  });

  it('reads a stored line back into the same values', () => {
    expect(lineValues(LINE)).toMatchObject({ unitPriceYuan: 185_000.55, vatPercent: 13, origin: 'domestic' });
    expect(lineChanges(lineValues(LINE), LINE)).toEqual({});
  });

  it('sends only what changed, and the links only when they changed', () => {
    expect(lineChanges({ ...lineValues(LINE), unitPriceYuan: 190_000 }, LINE)).toEqual({
      unitPriceFen: 19_000_000,
    });
    expect(lineChanges({ ...lineValues(LINE), vatPercent: null, origin: 'unspecified' }, LINE)).toEqual({
      deductibleVatRate: null,
      origin: null,
    });
    const relinked = {
      ...lineValues(LINE),
      equipment: [{ ...LINE.equipment[0]!, relation: 'retires' as const }],
    };
    expect(lineChanges(relinked, LINE)).toEqual({ equipment: [{ equipmentId: 9, relation: 'retires' }] });
  });

  it('puts the core issues on the fields that hold them', () => {
    expect(lineFieldOfIssue(['changes', 'unitPriceFen'])).toEqual(['unitPriceYuan']);
    expect(lineFieldOfIssue(['line', 'deductibleVatRate'])).toEqual(['vatPercent']);
    expect(lineFieldOfIssue(['line', 'equipment', 0, 'equipmentId'])).toEqual(['equipment']);
    expect(lineFieldOfIssue(['line', 'quantity'])).toEqual(['quantity']);
    expect(lineFieldOfIssue([])).toBeNull();
  });
});

describe('financing', () => {
  const LOAN: ProjectFinancing = {
    id: 4,
    kind: 'loan',
    source: '招商银行',
    amountFen: 30_000_000,
    annualRate: 0.0435,
    termYears: 5,
    notes: null,
  };

  it('keeps a rate and a term only for loans and leases', () => {
    const own = financingInput({ ...financingValues(LOAN), kind: 'own' });
    expect(own).toMatchObject({ kind: 'own', annualRate: null, termYears: null, amountFen: 30_000_000 });
    expect(FinancingInputSchema.safeParse(own).success).toBe(true);
    expect(financingValues(LOAN)).toMatchObject({ ratePercent: 4.35, amountYuan: 300_000 });
    expect(financingChanges({ ...financingValues(LOAN), ratePercent: 3.85 }, LOAN)).toEqual({
      annualRate: 0.0385,
    });
  });
});

describe('benefits', () => {
  const BENEFIT: ProjectBenefit = {
    id: 5,
    label: '空压站节电',
    opportunityId: 'motor:compressor:0a1b2c3d',
    energy: [{ source: 'electricity', quantity: 150_000 }],
    annualCostSavingFen: 9_500_000,
    annualOutputValueFen: 0,
    labourPersons: 0,
    otherCo2Tonnes: 0,
    notes: null,
  };

  it('sends a saving that may be negative, and no energy row left without a quantity', () => {
    const input = benefitInput({
      ...benefitValues(BENEFIT),
      costSavingYuan: -2000.5,
      energy: [
        { source: 'electricity', quantity: 150_000 },
        { source: 'diesel', quantity: null },
      ],
    });
    expect(input).toMatchObject({
      annualCostSavingFen: -200_050,
      energy: [{ source: 'electricity', quantity: 150_000 }],
    });
    expect(BenefitInputSchema.safeParse(input).success).toBe(true);
    expect(benefitChanges(benefitValues(BENEFIT), BENEFIT)).toEqual({});
    expect(benefitFieldOfIssue(['benefit', 'energy', 1, 'source'])).toEqual(['energy']);
    expect(benefitFieldOfIssue(['changes', 'annualCostSavingFen'])).toEqual(['costSavingYuan']);
  });
});

describe('the plan', () => {
  const PROJECT = {
    id: 1,
    enterpriseId: 1,
    name: '空压站节能改造',
    direction: 'renewal',
    description: null,
    site: null,
    startDate: null,
    endDate: null,
    status: 'draft',
    milestones: [{ name: '设备到货', date: '2025-08-01', done: false }],
    discountRate: 0.08,
    horizonYears: 10,
    energyBasis: {},
  } as unknown as ProjectDetail;

  it('sends nothing when nothing changed, the defaults of the energy basis included', () => {
    expect(planChanges(planValues(PROJECT), PROJECT)).toEqual({});
  });

  it('sends the discount rate as a fraction and the equal-value coefficient only on that basis', () => {
    const values = planValues(PROJECT);
    expect(planChanges({ ...values, discountPercent: 12 }, PROJECT)).toEqual({ discountRate: 0.12 });
    const equal = planChanges(
      { ...values, electricityCoal: 'equal', electricityEqualKgcePerKwh: 0.31 },
      PROJECT,
    );
    expect(equal).toEqual({
      energyBasis: {
        gridFactor: 'national_2023',
        electricityCoal: 'equal',
        electricityEqualKgcePerKwh: 0.31,
      },
    });
    const back = planChanges(
      { ...values, electricityCoal: 'equivalent', electricityEqualKgcePerKwh: 0.31 },
      PROJECT,
    );
    expect(back).toEqual({});
    const milestones = planChanges(
      { ...values, milestones: [...values.milestones, { name: ' 试运行 ', date: '', done: true }] },
      PROJECT,
    );
    expect(milestones).toEqual({
      milestones: [
        { name: '设备到货', date: '2025-08-01', done: false },
        { name: '试运行', date: null, done: true },
      ],
    });
    expect(ProjectChangesSchema.safeParse({ ...equal, ...milestones, startDate: null }).success).toBe(true);
  });

  it('puts the core issues on the plan fields', () => {
    expect(planFieldOfIssue(['changes', 'endDate'])).toEqual(['endDate']);
    expect(planFieldOfIssue(['changes', 'discountRate'])).toEqual(['discountPercent']);
    expect(planFieldOfIssue(['changes', 'energyBasis', 'naturalGasKgcePerM3'])).toEqual([
      'naturalGasKgcePerM3',
    ]);
    expect(planFieldOfIssue(['changes', 'milestones', 1, 'name'])).toEqual(['milestones', 1, 'name']);
  });
});
